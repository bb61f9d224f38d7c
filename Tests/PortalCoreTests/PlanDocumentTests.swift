import Foundation
import XCTest
@testable import PortalCore

/// A plan page is the issued document: a new plan written in the same format needs no code, and a
/// district's plan becomes an archived document on the day the districts ended.
final class PlanDocumentTests: XCTestCase {
    static let newPlan = "2025-phuong-an-hoa-do-thi-van-minh"

    func testANewPlanFileWithEveryFieldBuildsWithNoChangeToCodeOrTemplates() throws {
        let plan = try String(contentsOf: SiteFixture.repository.appendingPathComponent("Tests/Fixtures/plans/\(Self.newPlan).md"), encoding: .utf8)
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try fixture.write("content/plans/\(Self.newPlan).md", Data(plan.utf8))
        let pdf = try Data(contentsOf: SiteFixture.repository.appendingPathComponent("content/media/ke-hoach/2024-18-kh-ubnd.pdf"))
        try fixture.write("content/media/ke-hoach/2025-112-kh-ubnd.pdf", pdf)
        let output = fixture.root.appendingPathComponent("public")

        let outcome = Portal.build(.init(source: fixture.root, output: output, today: Day(iso: "2025-10-01")!))
        XCTAssertEqual(outcome.diagnostics, [], outcome.diagnostics.report)

        let page = try String(contentsOf: output.appendingPathComponent("ke-hoach/\(Self.newPlan)/index.html"), encoding: .utf8)
        for part in [
            "<p class=\"parent-issuer\">ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ</p>", "<p class=\"issuer\">ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA</p>",
            "Số: 112/KH-UBND", "<p class=\"date-line\">An Hòa, ngày 05 tháng 8 năm 2025</p>", "KẾ HOẠCH",
            "<em>Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;</em>",
            "<td>95,50</td>", "<td>1.250</td>", "<td>12,5</td>",
            "<strong>Đợt I</strong>: <time datetime=\"2025-08-15\">15/8/2025</time> – <time datetime=\"2025-12-31\">31/12/2025</time>",
            "<time datetime=\"2025-09-10\">10/9/2025</time>: Gửi bản đăng ký thi đua về UBND phường (qua Phòng Văn hóa - Xã hội)",
            "<h3>2. Các tổ dân phố</h3>", "<li>Giấy khen của Chủ tịch UBND phường</li>",
            "<p class=\"sig-role\">TM. ỦY BAN NHÂN DÂN</p>", "<p class=\"sig-role\">KT. CHỦ TỊCH</p>", "<p class=\"sig-role\">PHÓ CHỦ TỊCH</p>",
            "<p class=\"sig-name\">Trần Văn Phúc</p>", "<li>Lưu: VT, VHXH.</li>",
            "Bản ký số Kế hoạch số 112/KH-UBND</a> <span class=\"file-about\">(PDF, 801 B)</span>",
            "Đang diễn ra (còn 272 ngày)", "role=\"img\"",
        ] {
            XCTAssertTrue(page.contains(part), "missing: \(part)")
        }
        XCTAssertFalse(page.contains("status-archived"), "a ward's plan is not a district's")
        XCTAssertFalse(page.contains("Kế hoạch mẫu cho bài kiểm thử"), "`private:` is never published")

        // Unfolded (RFC 5545 §3.1), so each property is one line again.
        func unfolded(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        }
        let calendar = try unfolded("ke-hoach/\(Self.newPlan)/lich.ics")
        XCTAssertEqual(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1, 5, "two phases and three deadlines")
        XCTAssertTrue(calendar.contains("SUMMARY:Hạn: Báo cáo tổng kết\\; hồ sơ đề nghị khen thưởng\r\n"))
        let siteCalendar = try unfolded("lich.ics")
        XCTAssertTrue(siteCalendar.contains("UID:\(Self.newPlan).deadline-2026-06-15@thu.example.gov.vn\r\n"))
    }

    func testADistrictPlanIsAnArchivedDocumentFromTheFirstOfJuly2025() throws {
        let fixture = try SiteFixture("""
        -- content/plans/ke-hoach.md --
        ---
        title: Kế hoạch thi đua năm 2019
        issuer: Ủy ban nhân dân thị xã Vĩnh Châu
        issued: 2019-04-19
        ---
        -- content/plans/chi-nam.md --
        ---
        title: Kế hoạch chỉ ghi năm
        issuer: Ủy ban nhân dân quận Thử
        year: 2025
        ---
        -- content/plans/cap-xa.md --
        ---
        title: Kế hoạch của phường
        issuer: Ủy ban nhân dân phường Thử
        parent_issuer: Ủy ban nhân dân quận Thử
        issued: 2019-04-19
        ---
        """)
        defer { fixture.remove() }
        let site = try XCTUnwrap(Resolver.resolve(ContentLoader.load(from: fixture.root)).site)
        let plans = Dictionary(uniqueKeysWithValues: site.plans.map { ($0.id, $0) })
        let lastDistrictDay = Day(iso: "2025-06-30")!, firstCommuneDay = Day(iso: "2025-07-01")!
        XCTAssertEqual(plans["ke-hoach"]?.level, .district, "thị xã is a district")
        XCTAssertEqual(plans["ke-hoach"]?.isArchivedDistrictDocument(on: lastDistrictDay), false)
        XCTAssertEqual(plans["ke-hoach"]?.isArchivedDistrictDocument(on: firstCommuneDay), true)
        XCTAssertEqual(plans["chi-nam"]?.isArchivedDistrictDocument(on: firstCommuneDay), true)
        XCTAssertEqual(plans["cap-xa"]?.isArchivedDistrictDocument(on: firstCommuneDay), false, "a ward under a district is a ward")
    }

    func testADistrictPlanDatedAfterTheDistrictsEndedIsAWarningAtItsDate() throws {
        let fixture = try SiteFixture("""
        -- content/plans/ke-hoach.md --
        ---
        title: Kế hoạch thi đua
        issuer: Ủy ban nhân dân quận Thử
        issued: 2025-07-02
        ---
        """)
        defer { fixture.remove() }
        let diagnostics = Portal.check(source: fixture.root, today: Day(iso: "2025-08-01")!).diagnostics
        XCTAssertEqual(diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity)" }, ["content/plans/ke-hoach.md:4:9: warning"])
        XCTAssertTrue(diagnostics.first?.message.contains("level: commune") ?? false)
    }
}
