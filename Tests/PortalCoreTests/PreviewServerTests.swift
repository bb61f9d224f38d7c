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
}
