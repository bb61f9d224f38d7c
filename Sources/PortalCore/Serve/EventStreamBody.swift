import FlyingFox
import FlyingSocks

/// A response body that is never done: the bytes of an `AsyncStream` as they come, which
/// FlyingFox sends as HTTP chunks — what a server-sent-events stream needs.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        private var pending: [UInt8] = []

        init(events: AsyncStream<[UInt8]>.Iterator) { self.events = events }

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await events.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        /// One event per call, so each is sent (and flushed) as soon as it is announced.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event
            }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
