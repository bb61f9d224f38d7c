import CFileSystem
import FlyingFox
import FlyingSocks
import Foundation

/// `portal serve`: builds the site into a temporary folder (public/ is never touched), serves it
/// on 127.0.0.1, and rebuilds and reloads open pages whenever a watched file changes. A failed
/// rebuild keeps the last good pages served, with the errors laid over them.
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var source: URL
        /// 0 picks a free port.
        public var port: UInt16
        public var includeDrafts: Bool
        /// Nil: the real date at each rebuild (a server left running overnight moves on).
        public var today: Day?

        public init(source: URL, port: UInt16, includeDrafts: Bool, today: Day?) {
            self.source = source
            self.port = port
            self.includeDrafts = includeDrafts
            self.today = today
        }
    }

    public enum Event: Sendable {
        case listening(url: String)
        /// A build finished; `changed` names the files that set it off (empty for the first).
        case built(Portal.BuildOutcome, changed: [String])
    }

    /// Without a `FolderWatcher`, how often the watched files are compared: half the poll is the
    /// average wait before a rebuild starts, well inside the 500 ms a save-to-reload may take.
    static let pollInterval = Duration.milliseconds(100)
    /// With one, how long a wait for changes lasts before the loop looks whether it was stopped.
    static let watchTimeout: Int32 = 100

    let options: Options
    let report: @Sendable (Event) -> Void
    private let builder = PreviewBuilder()
    // Queues of their own (each gets a thread even when rendering keeps the shared pool busy).
    private let watching = DispatchQueue(label: "portal.preview.watch")
    private let building = DispatchQueue(label: "portal.preview.build")

    public init(options: Options, report: @escaping @Sendable (Event) -> Void) {
        self.options = options
        self.report = report
    }

    /// Runs until the task is cancelled (Ctrl-C), then closes every connection and removes the
    /// temporary folder.
    public func run() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portal-serve-\(UUID().uuidString)")
        let output = scratch.appendingPathComponent("site", isDirectory: true)
        // Removed in the background: a city's preview is 36,000 files, and Ctrl-C should stop at once.
        defer { if portal_remove_tree_in_background(scratch.path) != 0 { StagingFolder.removeTree(scratch) } }
        let status = PreviewStatus(), reload = LiveReload()

        var snapshot = SourceSnapshot.take(of: options.source)
        // Watching from before the first build: a save during it is seen after it.
        let watcher = FolderWatcher(root: options.source, folders: snapshot.folders)
        await rebuild(into: output, status: status, reload: reload, changed: [])

        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port), logger: .disabled,
                                handler: PreviewHandler(root: output, status: status, reload: reload))
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            // Usually the port is taken: the server's own error says so better than the timeout.
            serving.cancel()
            if case .failure(let reason) = await serving.result { throw reason }
            throw error
        }
        if case .ip4(let host, let port)? = await server.listeningAddress {
            report(.listening(url: "http://\(host):\(port)/"))
        }

        while !Task.isCancelled {
            let changed: [String]
            if let watcher {
                // Off the cooperative pool: waiting for the kernel blocks a thread.
                let events = await withCheckedContinuation { continuation in
                    watching.async { continuation.resume(returning: watcher.wait(milliseconds: Self.watchTimeout)) }
                }
                if events.overflow {
                    let now = SourceSnapshot.take(of: options.source)
                    changed = now.changes(since: snapshot)
                    let known = Set(snapshot.folders)
                    watcher.add(now.folders.filter { !known.contains($0) })
                    snapshot = now
                } else {
                    guard !events.paths.isEmpty else { continue }
                    let refreshed = snapshot.refresh(events.paths, in: options.source)
                    watcher.add(refreshed.newFolders)
                    changed = refreshed.changed
                }
            } else {
                do { try await Task.sleep(for: Self.pollInterval) } catch { break }
                let now = SourceSnapshot.take(of: options.source)
                changed = now.changes(since: snapshot)
                snapshot = now
            }
            guard !changed.isEmpty else { continue }
            await rebuild(into: output, status: status, reload: reload, changed: changed)
        }

        // Event streams never end on their own: end them, or stopping waits for them.
        await reload.finishAll()
        await server.stop(timeout: 0.3)
        serving.cancel()
    }

    private func rebuild(into output: URL, status: PreviewStatus, reload: LiveReload, changed: [String]) async {
        let request = Portal.BuildRequest(source: options.source, output: output, includeDrafts: options.includeDrafts,
                                          today: options.today ?? .today())
        // Off the cooperative pool: a build is seconds of blocking work on a big site.
        let outcome = await withCheckedContinuation { continuation in
            building.async { [builder] in continuation.resume(returning: builder.build(request, changed: changed)) }
        }
        await status.record(outcome)
        await reload.announce()
        report(.built(outcome, changed: changed))
    }
}
