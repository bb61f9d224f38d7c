import Foundation

/// Tells open pages to reload after each rebuild, over server-sent events: a page keeps one
/// `EventSource` open to `/__portal/events` and reloads on a `reload` event. Only the preview
/// server adds the script, to each HTML response as it goes out; built files never hold it.
actor LiveReload {
    static let eventsPath = "/__portal/events"

    /// Rebuilds so far (successful or not): each changes what a page should show.
    private(set) var generation = 0
    private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    /// The events for one page. `since` is the generation the page was served at: a page that
    /// loaded just before a rebuild and connects just after is told to reload at once.
    func subscribe(since: Int?) -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.onTermination = { [weak self] _ in Task { await self?.drop(id) } }
        // A comment line first, so the browser sees the stream open at once.
        continuation.yield(Array(": portal\nretry: 500\n\n".utf8))
        if let since, since < generation { continuation.yield(Self.reloadEvent) }
        clients[id] = continuation
        return stream
    }

    /// After a rebuild: every open page reloads.
    func announce() {
        generation += 1
        for client in clients.values { client.yield(Self.reloadEvent) }
    }

    /// On shutdown: end every stream so their connections close and the server can stop.
    func finishAll() {
        for client in clients.values { client.finish() }
        clients = [:]
    }

    var clientCount: Int { clients.count }

    private func drop(_ id: UUID) { clients[id] = nil }

    private static let reloadEvent = Array("event: reload\ndata: \n\n".utf8)

    /// The script, with the generation the page is served at.
    static func script(generation: Int) -> String {
        "<script>(function(){var s=new EventSource(\"\(eventsPath)?since=\(generation)\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>"
    }

    /// `html` with `extra` inserted before its last `</body>` (or at the end when it has none).
    static func inject(_ extra: String, into html: Data) -> Data {
        let marker = Data("</body>".utf8)
        guard let range = html.range(of: marker, options: .backwards) else { return html + Data(extra.utf8) }
        var result = html
        result.replaceSubrange(range.lowerBound..<range.lowerBound, with: Data(extra.utf8))
        return result
    }
}
