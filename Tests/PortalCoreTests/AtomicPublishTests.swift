import Foundation
import XCTest
@testable import PortalCore

/// A build either replaces the whole site or leaves the old one exactly as it was.
final class AtomicPublishTests: XCTestCase {
    func testContentErrorLeavesThePublishedSiteByteIdentical() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("public")
        let first = Portal.build(.init(source: fixture.root, output: output, today: Day(iso: "2024-06-01")!))
        XCTAssertFalse(first.failed, first.diagnostics.report)
        let before = try snapshot(output)
        XCTAssertGreaterThan(before.count, 10)

        try fixture.write("content/stories/tin.md", Data("---\ntitle: Tin\ndate: 2024-99-02\n---\n".utf8))
        let second = Portal.build(.init(source: fixture.root, output: output, today: Day(iso: "2024-06-01")!))
        XCTAssertTrue(second.failed)
        XCTAssertEqual(try snapshot(output), before)
        XCTAssertEqual(try stagingLeftovers(in: fixture.root), [])
    }

    func testStaleFilesDoNotSurviveARebuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("public")
        XCTAssertFalse(Portal.build(.init(source: fixture.root, output: output)).failed)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-tuc/tin/index.html").path))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/stories/tin.md"))
        XCTAssertFalse(Portal.build(.init(source: fixture.root, output: output)).failed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-tuc/tin/index.html").path))
        XCTAssertEqual(try stagingLeftovers(in: fixture.root), [])
    }

    func testOutputFolderHoldingTheSourcesIsRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let outcome = Portal.build(.init(source: fixture.root, output: fixture.root))
        XCTAssertTrue(outcome.failed)
        XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("portal.yaml").path))
    }

    func testStagingLeftOverByAKilledBuildIsClearedByTheNextBuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let leftover = fixture.root.appendingPathComponent(".public.staging-99999/tin-tuc")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        XCTAssertFalse(Portal.build(.init(source: fixture.root, output: fixture.root.appendingPathComponent("public"))).failed)
        XCTAssertEqual(try stagingLeftovers(in: fixture.root), [])
    }

    private func snapshot(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try GoldenSiteTests.files(under: root) {
            result[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return result
    }

    /// Staging folders, and previous sites still there after their removal in the background has
    /// had 30 seconds.
    private func stagingLeftovers(in folder: URL) throws -> [String] {
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".staging-") || $0.contains(".trash-") }
        }
        let deadline = Date().addingTimeInterval(30)
        while try !leftovers().isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return try leftovers()
    }
}

/// Parallel rendering never changes a byte.
final class DeterministicOutputTests: XCTestCase {
    func testOneWorkerAndTwoWorkersAndTwoRunsWriteIdenticalSites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-determinism-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var snapshots: [[String: Data]] = []
        for (run, workers) in [(1, 1), (2, 2), (3, 2)] {
            let output = root.appendingPathComponent("run-\(run)")
            let outcome = Portal.build(.init(source: SiteFixture.repository, output: output, today: Day(iso: "2024-03-15")!, workers: workers))
            XCTAssertFalse(outcome.failed, outcome.diagnostics.report)
            var files: [String: Data] = [:]
            for path in try GoldenSiteTests.files(under: output) {
                files[path] = try Data(contentsOf: output.appendingPathComponent(path))
            }
            snapshots.append(files)
        }
        XCTAssertGreaterThan(snapshots[0].count, 50)
        XCTAssertEqual(snapshots[0], snapshots[1], "1 worker and 2 workers differ")
        XCTAssertEqual(snapshots[1], snapshots[2], "two runs with 2 workers differ")
    }
}
