import Foundation
import XCTest
@testable import PortalCore

/// `portal serve` re-renders only the pages a story edit changes: after every edit, the folder it
/// serves must be byte for byte what a full build of the same sources makes, and the pages that
/// do not show the story must not have been written again.
final class IncrementalPreviewTests: XCTestCase {
    private var scratch: URL!
    private var source: URL { scratch.appendingPathComponent("site") }
    private var served: URL { scratch.appendingPathComponent("served") }
    private let story = "content/stories/2024-hoc-sinh-tra-lai-vi.md"

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portal-incremental-\(UUID().uuidString)")
        for item in ["portal.yaml", "content", "templates"] {
            let target = source.appendingPathComponent(item)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent(item), to: target)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func request(output: URL) -> Portal.BuildRequest {
        Portal.BuildRequest(source: source, output: output, today: Day(year: 2025, month: 6, day: 1)!)
    }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        let url = source.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "the edit must change \(path)")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Every file under `root` by its relative path.
    private func files(in root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    private func inode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: served.appendingPathComponent(path).path)[.systemFileNumber] as? Int) ?? -1
    }

    /// The served folder equals a fresh full build of the same sources, search index included.
    private func assertSameAsFullBuild(_ builder: PreviewBuilder, after what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        builder.waitForSearch()
        let reference = scratch.appendingPathComponent("reference")
        let full = Portal.build(request(output: reference))
        XCTAssertFalse(full.failed, full.diagnostics.map(\.formatted).joined(separator: "\n"), file: file, line: line)
        let expected = try files(in: reference), actual = try files(in: served)
        XCTAssertEqual(Set(actual.keys).symmetricDifference(expected.keys).sorted(), [], "after \(what)", file: file, line: line)
        let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        XCTAssertEqual(differing, [], "after \(what)", file: file, line: line)
        try? FileManager.default.removeItem(at: reference)
    }

    func testStoryEditsRewriteOnlyTheirPagesAndMatchAFullBuild() throws {
        let builder = PreviewBuilder(searchDelay: .milliseconds(0))
        XCTAssertFalse(builder.build(request(output: served), changed: []).failed)
        // A plan page no edit below touches: an incremental update leaves its file alone.
        let untouched = "ke-hoach/2019-vinh-chau-thi-dua/index.html"
        let untouchedInode = try inode(untouched)

        let edits: [(String, (String) -> String)] = [
            ("the body", { $0.replacingOccurrences(of: "Chiều ngày", with: "Chiều tối ngày") }),
            ("the title and summary", { $0.replacingOccurrences(of: "title: Cậu học trò", with: "title: Em học trò")
                .replacingOccurrences(of: "summary: Em", with: "summary: Cháu") }),
            ("the tags (one new, one gone)", { $0.replacingOccurrences(of: "tags: [Người tốt việc tốt]", with: "tags: [Học sinh giỏi việc tốt]") }),
            ("the date (another news page)", { $0.replacingOccurrences(of: "date: 2024-09-12", with: "date: 2023-01-03") }),
            ("the exemplar it names", { $0.replacingOccurrences(of: "exemplars: [nguyen-minh-khoa-tra-lai-vi]",
                                                               with: "exemplars: [dang-van-duc-cuu-nguoi-dam-chay]\nplans: [2024-nguyen-trai-thi-dua-nam-2024]") }),
        ]
        for (what, change) in edits {
            try edit(story, change)
            let outcome = builder.build(request(output: served), changed: [story])
            XCTAssertFalse(outcome.failed, "\(what): " + outcome.diagnostics.map(\.formatted).joined(separator: "\n"))
            try assertSameAsFullBuild(builder, after: what)
            XCTAssertEqual(try inode(untouched), untouchedInode, "\(what) rebuilt the whole site")
        }
    }

    func testAnEditWithAnErrorKeepsThePagesAndItsFixIsApplied() throws {
        let builder = PreviewBuilder(searchDelay: .milliseconds(0))
        XCTAssertFalse(builder.build(request(output: served), changed: []).failed)
        let before = try files(in: served)

        try edit(story) { $0.replacingOccurrences(of: "date: 2024-09-12", with: "date: 2024-13-45") }
        let broken = builder.build(request(output: served), changed: [story])
        XCTAssertTrue(broken.failed)
        XCTAssertEqual(broken.diagnostics.filter { $0.severity == .error }.map(\.file), [story])
        builder.waitForSearch()
        XCTAssertEqual(try files(in: served), before, "a failed edit must leave the served pages as they were")

        try edit(story) { $0.replacingOccurrences(of: "date: 2024-13-45", with: "date: 2024-09-12\nplans: [khong-co]") }
        let unknown = builder.build(request(output: served), changed: [story])
        XCTAssertEqual(unknown.diagnostics.filter { $0.severity == .error }.map(\.file), [story])
        XCTAssertTrue(unknown.diagnostics.contains { $0.message.contains("`khong-co`") }, "\(unknown.diagnostics)")
        XCTAssertEqual(try files(in: served), before)

        try edit(story) { $0.replacingOccurrences(of: "date: 2024-09-12\nplans: [khong-co]", with: "date: 2024-09-13") }
        XCTAssertFalse(builder.build(request(output: served), changed: [story]).failed)
        try assertSameAsFullBuild(builder, after: "the fix")
    }

    func testChangesBeyondStoryEditsBuildEverything() throws {
        let builder = PreviewBuilder(searchDelay: .milliseconds(0))
        XCTAssertFalse(builder.build(request(output: served), changed: []).failed)

        // No page links to this story, so it may become a draft.
        let unlinked = "content/stories/2023-so-ket-dot-thi-dua-cao-diem.md"
        try edit(unlinked) { $0.replacingOccurrences(of: "\nauthor: ", with: "\ndraft: true\nauthor: ") }
        XCTAssertFalse(builder.build(request(output: served), changed: [unlinked]).failed)
        try assertSameAsFullBuild(builder, after: "making a story a draft")
        XCTAssertFalse(FileManager.default.fileExists(atPath: served.appendingPathComponent("tin-tuc/2023-so-ket-dot-thi-dua-cao-diem/index.html").path))

        let plan = "content/plans/2019-vinh-chau-thi-dua.md"
        try edit(plan) { $0.replacingOccurrences(of: "title: ", with: "title: (Sửa) ") }
        XCTAssertFalse(builder.build(request(output: served), changed: [plan]).failed)
        try assertSameAsFullBuild(builder, after: "a plan edit")
    }
}
