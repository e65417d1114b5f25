#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Int16 weights of a ``WeightTable`` in one zero-filled block that the kernel may back with 2 MiB pages.
///
/// The tagger and parser tables (about 17 MB together) are read at random, ~130 times per word: with 4 KiB pages
/// nearly every read also misses the TLB. Anonymous memory aligned to 2 MiB and marked `MADV_HUGEPAGE` lets
/// transparent huge pages cover a table with a handful of TLB entries. Where that is not available the block is
/// ordinary memory; the values are the same either way.
final class WeightStorage: @unchecked Sendable {
    /// The first weight; `count` weights follow. Written only while the table is built.
    let pointer: UnsafeMutablePointer<Int16>
    let count: Int
    private let mapping: UnsafeMutableRawPointer?
    private let mappedBytes: Int

    private static let hugePage = 2 << 20
    /// Zero weights past the last, so that a row of three can be read as four in one load (``WeightTable/sumThree(_:_:)``).
    static let padding = 4

    /// `count` zero weights (and ``padding`` more).
    init(count: Int) {
        self.count = count
        let bytes = (count + Self.padding) * MemoryLayout<Int16>.stride
        #if os(Linux)
        if bytes >= Self.hugePage {
            let size = (bytes + Self.hugePage - 1) / Self.hugePage * Self.hugePage + Self.hugePage
            let raw = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let raw, raw != MAP_FAILED {
                let aligned = (Int(bitPattern: raw) + Self.hugePage - 1) / Self.hugePage * Self.hugePage
                let start = UnsafeMutableRawPointer(bitPattern: aligned)!
                _ = madvise(start, size - (aligned - Int(bitPattern: raw)), MADV_HUGEPAGE)
                mapping = raw
                mappedBytes = size
                pointer = start.bindMemory(to: Int16.self, capacity: count)
                return
            }
        }
        #endif
        mapping = nil
        mappedBytes = 0
        pointer = UnsafeMutablePointer<Int16>.allocate(capacity: count + Self.padding)
        pointer.initialize(repeating: 0, count: count + Self.padding)
    }

    /// A copy of `values`.
    convenience init(_ values: [Int16]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit {
        #if os(Linux)
        if let mapping {
            munmap(mapping, mappedBytes)
            return
        }
        #endif
        pointer.deallocate()
    }
}
