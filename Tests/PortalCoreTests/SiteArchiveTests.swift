import Foundation
import XCTest
import ZIPFoundation
@testable import PortalCore

/// `portal archive`: one dated zip whose top folder opens from disk.
final class SiteArchiveTests: XCTestCase {
    func testTheArchiveHoldsOneDatedFolderWithTheSiteAndItsMedia() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try fixture.write("content/media/anh/le-phat-dong.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        let request = Portal.BuildRequest(source: fixture.root, output: fixture.root, today: Day(iso: "2024-06-01")!)
        let outcome = Portal.archive(request, destination: fixture.root.appendingPathComponent("luu"))
        XCTAssertFalse(outcome.build.failed, outcome.build.diagnostics.report)
        let zip = try XCTUnwrap(outcome.archive)
        XCTAssertEqual(zip.lastPathComponent, "luu-tru-phuong-thu-2024-06-01.zip")

        let unpacked = fixture.root.appendingPathComponent("giai-nen")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        try FileManager.default.unzipItem(at: zip, to: unpacked)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: unpacked.path), ["luu-tru-phuong-thu-2024-06-01"])
        let top = unpacked.appendingPathComponent("luu-tru-phuong-thu-2024-06-01")
        XCTAssertTrue(try String(contentsOf: top.appendingPathComponent("index.html"), encoding: .utf8).contains("<html"))
        XCTAssertEqual(try Data(contentsOf: top.appendingPathComponent("media/anh/le-phat-dong.jpg")), Data([0xFF, 0xD8, 0xFF, 0xD9]))
        XCTAssertTrue(FileManager.default.fileExists(atPath: top.appendingPathComponent("tin-tuc/tin/index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("public").path), "public/ was touched")
    }

    func testABrokenSiteWritesNoArchive() throws {
        let fixture = try SiteFixture("-- content/stories/tin.md --\n---\ntitle: Tin\ndate: 2024-99-02\n---\n")
        defer { fixture.remove() }
        let outcome = Portal.archive(.init(source: fixture.root, output: fixture.root), destination: fixture.root.appendingPathComponent("x.zip"))
        XCTAssertTrue(outcome.build.failed)
        XCTAssertNil(outcome.archive)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("x.zip").path))
    }

    func testTheArchiveIsNamedForTheWardNotItsCommittee() {
        let day = Day(iso: "2025-03-08")!
        XCTAssertEqual(SiteArchive.name(siteTitle: "Ủy ban nhân dân phường Nguyễn Trãi", day: day), "luu-tru-phuong-nguyen-trai-2025-03-08")
        XCTAssertEqual(SiteArchive.name(siteTitle: "UBND xã Đông Hưng", day: day), "luu-tru-xa-dong-hung-2025-03-08")
        XCTAssertEqual(SiteArchive.name(siteTitle: "", day: day), "luu-tru-trang-2025-03-08")
    }
}
