import Foundation

/// Work started on a thread of its own, whose result is waited for later. A thread, not a dispatch
/// queue: the pages are rendered by `concurrentPerform` on every core meanwhile, and a queue's block
/// could wait for a free worker until they are all done.
final class BackgroundTask<Result: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the thread before `finished` is signalled, read only after it.
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        Thread { [self] in
            result = work()
            finished.signal()
        }.start()
    }

    /// Waits until the work is done; then its result, as often as asked.
    var value: Result {
        finished.wait()
        defer { finished.signal() }
        return result!
    }
}
