import FlyingFox
import Foundation

/// Answers the browser during `portal serve`: the built files of the preview folder, with the
/// live-reload script (and the error panel, after a failed rebuild) added to each HTML page.
struct PreviewHandler: HTTPHandler {
    let root: URL
    let status: PreviewStatus
    let reload: LiveReload

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == LiveReload.eventsPath {
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) }
            let events = await reload.subscribe(since: since)
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventStreamBody(events: events)))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        let generation = await reload.generation
        let failure = await status.failure
        let script = LiveReload.script(generation: generation)
        guard await status.hasSite else {
            return page(Data(ErrorOverlay.page(failure).utf8), status: .internalServerError, extra: script)
        }
        let extra = failure.isEmpty ? script : script + ErrorOverlay.panel(failure)
        guard let file = file(for: request.path) else {
            let notFound = (try? Data(contentsOf: root.appendingPathComponent("404.html"))) ?? Data("<h1>404</h1>".utf8)
            return page(notFound, status: .notFound, extra: extra)
        }
        guard let data = try? Data(contentsOf: file) else { return HTTPResponse(statusCode: .notFound) }
        if file.pathExtension == "html" { return page(data, status: .ok, extra: extra) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType(of: file), .cacheControl: "no-store"], body: data)
    }

    private func page(_ html: Data, status: HTTPStatusCode, extra: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: LiveReload.inject(extra, into: html))
    }

    /// The file a URL path names inside the preview folder; `…/` means its `index.html`.
    /// Nil for anything that is not a file there, `..` included.
    func file(for path: String) -> URL? {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.contains("\\") }) else { return nil }
        var url = parts.reduce(root) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if decoded.hasSuffix("/") || parts.isEmpty
            || (FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            url.appendPathComponent("index.html")
        }
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return url
    }

    static func contentType(of file: URL) -> String {
        let types = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
            "json": "application/json", "xml": "application/xml", "ics": "text/calendar; charset=utf-8",
            "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg",
            "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
            "pdf": "application/pdf", "woff2": "font/woff2",
        ]
        return types[file.pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
