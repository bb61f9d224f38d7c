/// Where rendered files go as soon as each is made, so a large site never sits in memory whole:
/// the staging folder when building, nowhere when only checking. Called from several threads.
public protocol PageSink: Sendable {
    func write(_ page: Page) throws
}

/// `portal check` renders everything to find every problem, and keeps nothing.
public struct DiscardingSink: PageSink {
    public init() {}
    public func write(_ page: Page) throws {}
}

/// Keeps every page written to it, in memory: the few pages a preview re-renders after an edit,
/// until all of them rendered without an error; a test's whole small site.
final class CollectingSink: PageSink {
    private let collected = Locked<[Page]>([])

    func write(_ page: Page) throws { collected.withLock { $0.append(page) } }
    var pages: [Page] { collected.withLock { $0 } }
}
