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
