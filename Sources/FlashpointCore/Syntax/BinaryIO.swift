import Foundation

/// Appends little-endian values to a byte buffer.
struct ByteWriter {
    var data = Data()

    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func string(_ s: String) {
        let bytes = Array(s.utf8)
        u32(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }
    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func int16s(_ values: ArraySlice<Int16>) {
        for v in values { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    }
}

/// Reads little-endian values with bounds checks; every failure names the file.
struct ByteReader {
    let data: Data
    let file: String
    var offset: Int

    init(data: Data, file: String) {
        self.data = data
        self.file = file
        self.offset = data.startIndex
    }

    func corrupt(_ what: String) -> FlashpointError {
        FlashpointError(.invalidResource, "model file is truncated or corrupt (\(what))", location: file)
    }

    mutating func need(_ n: Int, _ what: String) throws {
        guard n >= 0, offset + n <= data.endIndex else { throw corrupt(what) }
    }

    mutating func u8(_ what: String = "byte") throws -> UInt8 {
        try need(1, what)
        defer { offset += 1 }
        return data[offset]
    }

    mutating func u32(_ what: String = "integer") throws -> UInt32 {
        try need(4, what)
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return v
    }

    mutating func u64(_ what: String = "integer") throws -> UInt64 {
        let lo = try u32(what), hi = try u32(what)
        return UInt64(lo) | (UInt64(hi) << 32)
    }

    mutating func f32(_ what: String = "float") throws -> Float { Float(bitPattern: try u32(what)) }

    mutating func string(_ what: String = "string") throws -> String {
        let n = Int(try u32(what))
        guard n < 1 << 20 else { throw corrupt(what) }
        try need(n, what)
        let s = String(decoding: data[offset..<(offset + n)], as: UTF8.self)
        offset += n
        return s
    }

    /// Returns a contiguous byte range as a slice of the underlying data.
    mutating func raw(_ n: Int, _ what: String) throws -> Data {
        try need(n, what)
        defer { offset += n }
        return data[offset..<(offset + n)]
    }

    mutating func expectMagic(_ magic: String) throws {
        let bytes = Array(magic.utf8)
        try need(bytes.count, "header")
        for (i, b) in bytes.enumerated() where data[offset + i] != b {
            throw FlashpointError(.invalidResource, "not a \(magic) model file (bad header)", location: file)
        }
        offset += bytes.count
    }

    func expectEnd() throws {
        guard offset == data.endIndex else { throw corrupt("trailing bytes") }
    }
}

/// Reads a model file fully mapped, with a clear error when it is missing.
func loadModelData(_ url: URL) throws -> Data {
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw FlashpointError(.missingResource, "model file not found", location: url.path)
    }
    do { return try Data(contentsOf: url, options: .alwaysMapped) } catch {
        throw FlashpointError(.invalidResource, "cannot read model file", location: url.path)
    }
}
