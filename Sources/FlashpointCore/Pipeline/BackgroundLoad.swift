import Foundation

/// A loader run on a thread of its own while the caller goes on with other work; ``value()`` waits for its result.
///
/// The coder's start-up is spent parsing its resource files (models, lexicons, dictionaries, gazetteer), which do not
/// depend on one another: two threads halve the wait on a machine with a free core.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    /// Written once by the loading thread before it signals `done`; read only after waiting on it.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ load: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try load() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The loaded value, or the error the loader threw; waits until the loader is done. Call it once.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
