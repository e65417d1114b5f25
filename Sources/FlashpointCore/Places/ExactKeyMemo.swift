import Synchronization

/// Remembers whether names are exact gazetteer keys: the toponym finder asks about every capitalised span of
/// every sentence, and the same spans ("Israeli forces", "Gaza City") come back sentence after sentence.
/// Keys compare their UTF-8 bytes, so canonically equivalent spellings are asked about separately.
final class ExactKeyMemo: Sendable {
    /// What the gazetteer says of a name.
    enum Answer: UInt8, Sendable {
        /// The name has no strict key (letters outside the Latin script).
        case noKey
        /// It has a key, not in the gazetteer.
        case absent
        /// Its key is in the gazetteer.
        case present
    }

    private let table = Mutex<[ByteKey: Answer]>([:])
    private static let limit = 50_000

    /// The gazetteer's answer for a name, looked up once.
    func answer(_ text: String, in gazetteer: Gazetteer) -> Answer {
        let key = ByteKey(text: text)
        if let known = table.withLock({ $0[key] }) { return known }
        let found: Answer = NameKey.strict(text).map { gazetteer.hasExactKey($0) ? .present : .absent } ?? .noKey
        table.withLock { t in
            if t.count >= Self.limit { t.removeAll(keepingCapacity: true) }
            t[key] = found
        }
        return found
    }

    /// Whether the name's strict key is in the gazetteer.
    func isExact(_ text: String, in gazetteer: Gazetteer) -> Bool { answer(text, in: gazetteer) == .present }
}
