import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order: for independent work per item
    /// (reading and parsing one file, rendering one page).
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Locked([Result?](repeating: nil, count: count))
        let next = Locked(0)
        let workers = Swift.min(count, Cores.available)
        guard workers > 1 else { return map(transform) }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index: Int = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard index < count else { return }
                let result = transform(self[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
