import Foundation

/// Runs two independent computations at once and returns both results.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    guard Cores.available > 1 else { return (first(), second()) }
    let a = Locked<A?>(nil), b = Locked<B?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { which in
        if which == 0 {
            let result = first()
            a.withLock { $0 = result }
        } else {
            let result = second()
            b.withLock { $0 = result }
        }
    }
    return (a.withLock { $0! }, b.withLock { $0! })
}
