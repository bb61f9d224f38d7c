import Foundation
import XCTest
@testable import PortalCore

/// The pieces of `portal serve` that do not need a socket; the server itself is tested end to
/// end in Tests/e2e/test_workflow.py.
final class PreviewServerTests: XCTestCase {
    func testTheReloadScriptGoesBeforeTheLastClosingBodyTag() {
        let html = Data("<html><body><p>&lt;/body&gt;</p></body>\n</html>".utf8)
        let injected = String(decoding: LiveReload.inject("<script>x</script>", into: html), as: UTF8.self)
        XCTAssertEqual(injected, "<html><body><p>&lt;/body&gt;</p><script>x</script></body>\n</html>")
        XCTAssertEqual(String(decoding: LiveReload.inject("<i>", into: Data("text".utf8)), as: UTF8.self), "text<i>")
    }

    func testTheErrorPanelEscapesWhatTheContentSaid() {
        let panel = ErrorOverlay.panel([Diagnostic(file: "content/stories/<a>.md", line: 3, column: 1, severity: .error,
                                                   message: "`<script>alert(1)</script>` & \"x\"")])
        XCTAssertFalse(panel.contains("<script>alert"))
        XCTAssertTrue(panel.contains("`&lt;script&gt;alert(1)&lt;/script&gt;` &amp; &quot;x&quot;"), panel)
        XCTAssertTrue(panel.contains("content/stories/&lt;a&gt;.md:3:1"))
        XCTAssertTrue(panel.contains("1 lỗi"))
    }

    func testOnlyFilesInsideThePreviewFolderAreServed() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try fixture.write("site/index.html", Data("home".utf8))
        try fixture.write("site/tin-tuc/tin/index.html", Data("tin".utf8))
        let handler = PreviewHandler(root: fixture.root.appendingPathComponent("site"), status: PreviewStatus(), reload: LiveReload())
        XCTAssertEqual(handler.file(for: "/")?.lastPathComponent, "index.html")
        XCTAssertEqual(handler.file(for: "/tin-tuc/tin/")?.path, handler.file(for: "/tin-tuc/tin")?.path)
        XCTAssertNotNil(handler.file(for: "/tin-tuc/tin/index.html"))
        XCTAssertNil(handler.file(for: "/../portal.yaml"))
        XCTAssertNil(handler.file(for: "/%2E%2E/portal.yaml"))
        XCTAssertNil(handler.file(for: "/khong-co.html"))
    }

    func testAPageServedBeforeARebuildIsToldToReloadWhenItConnectsAfter() async {
        let reload = LiveReload()
        await reload.announce()
        let servedAt = await reload.generation
        await reload.announce()
        var events = await reload.subscribe(since: servedAt).makeAsyncIterator()
        let opening = await events.next().map { String(decoding: $0, as: UTF8.self) }
        let next = await events.next().map { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(opening?.hasPrefix(": portal"), true)
        XCTAssertEqual(next, "event: reload\ndata: \n\n")
        await reload.finishAll()
        let end = await events.next()
        XCTAssertNil(end)
    }

    func testTheSnapshotSeesASavedAddedOrRemovedFile() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let first = SourceSnapshot.take(of: fixture.root)
        XCTAssertEqual(SourceSnapshot.take(of: fixture.root), first)
        try fixture.write("content/stories/tin.md", Data("---\ntitle: Tin đã sửa\ndate: 2024-05-02\n---\n".utf8))
        let second = SourceSnapshot.take(of: fixture.root)
        XCTAssertEqual(second.changes(since: first), ["content/stories/tin.md"])
        try fixture.write("public/index.html", Data("not watched".utf8))
        try fixture.write("templates/new.mustache", Data("x".utf8))
        XCTAssertEqual(SourceSnapshot.take(of: fixture.root).changes(since: second), ["templates/new.mustache"])
    }

    func testTheWatcherNamesWhatASaveChangedAndNothingAnEditorOnlyTried() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        var snapshot = SourceSnapshot.take(of: fixture.root)
        #if os(Linux)
        let watcher = try XCTUnwrap(FolderWatcher(root: fixture.root, folders: snapshot.folders))
        #else
        guard let watcher = FolderWatcher(root: fixture.root, folders: snapshot.folders) else { throw XCTSkip("no inotify") }
        #endif
        XCTAssertTrue(watcher.wait(milliseconds: 50).paths.isEmpty)

        // vim's save: a test file made and removed, then the new text renamed over the old file.
        try fixture.write("content/stories/4913", Data())
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/stories/4913"))
        try fixture.write("content/stories/.tin.md.new", Data("---\ntitle: Tin đã sửa\ndate: 2024-05-02\n---\n".utf8))
        XCTAssertEqual(rename(fixture.root.appendingPathComponent("content/stories/.tin.md.new").path,
                              fixture.root.appendingPathComponent("content/stories/tin.md").path), 0)
        try fixture.write("public/index.html", Data("not watched".utf8))
        var events = watcher.wait(milliseconds: 1000)
        XCTAssertFalse(events.overflow)
        XCTAssertTrue(events.paths.contains("content/stories/tin.md"), "\(events.paths)")
        XCTAssertEqual(snapshot.refresh(events.paths, in: fixture.root).changed, ["content/stories/tin.md"])

        // A new folder is watched from then on.
        try fixture.write("content/media/anh/a.jpg", Data("1".utf8))
        events = watcher.wait(milliseconds: 1000)
        let refreshed = snapshot.refresh(events.paths, in: fixture.root)
        XCTAssertEqual(refreshed.changed, ["content/media/anh/a.jpg"])
        XCTAssertTrue(refreshed.newFolders.contains("content/media/anh"), "\(refreshed.newFolders)")
        watcher.add(refreshed.newFolders)
        try fixture.write("content/media/anh/a.jpg", Data("2".utf8))
        events = watcher.wait(milliseconds: 1000)
        XCTAssertEqual(snapshot.refresh(events.paths, in: fixture.root).changed, ["content/media/anh/a.jpg"])
        XCTAssertEqual(snapshot, SourceSnapshot.take(of: fixture.root), "the refreshed snapshot is the one a full walk takes")
    }
}
