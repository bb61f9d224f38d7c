import Foundation
import XCTest
@testable import PortalCore

/// The iCalendar writer follows RFC 5545 where calendar apps are strict: octets, escapes, line ends.
final class ICalendarTests: XCTestCase {
    private func event(summary: String, first: String = "2024-03-01", last: String = "2024-06-30", description: String? = nil) -> ICalendar.Event {
        ICalendar.Event(uid: "ke-hoach.phase-dot-i@thu.example.gov.vn", stamp: ICalendar.stamp(Day(iso: "2024-02-26")!),
                        first: Day(iso: first)!, last: Day(iso: last)!, summary: summary, description: description,
                        url: "https://thu.example.gov.vn/ke-hoach/ke-hoach/")
    }

    func testLongVietnameseLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingALetter() {
        let summary = "Đợt thi đua đặc biệt chào mừng kỷ niệm 20 năm Ngày thành lập phường Nguyễn Trãi; hưởng ứng, đăng ký, lựa chọn mô hình tiêu biểu"
        let text = ICalendar(name: "Lịch", productID: "-//Thử//VI", events: [event(summary: summary)]).text
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 }, lines.map { "\($0.utf8.count) \($0)" }.joined(separator: "\n"))
        XCTAssertFalse(text.contains("\u{FFFD}"), "a multi-byte letter was cut in two")
        let summaryLines = lines.drop { !$0.hasPrefix("SUMMARY:") }.prefix { $0.hasPrefix("SUMMARY:") || $0.hasPrefix(" ") }
        XCTAssertGreaterThan(summaryLines.count, 2)
        XCTAssertTrue(summaryLines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding (RFC 5545 §3.1: drop each CRLF followed by one space) gives the escaped value back.
        XCTAssertEqual(summaryLines.joined(separator: "\r\n").replacingOccurrences(of: "\r\n ", with: ""),
                       "SUMMARY:" + ICalendar.escape(summary))
    }

    func testTheCutMovesBackWhenAThreeOctetLetterWouldStraddleOctetSeventyFive() {
        // 73 ASCII octets, then `ệ` (3 octets: 74–76): it must start the next line whole.
        let line = String(repeating: "a", count: 73) + "ệ" + "b"
        let folded = ICalendar.fold(line)
        XCTAssertEqual(folded, String(repeating: "a", count: 73) + "\r\n ệb")
        XCTAssertEqual(ICalendar.fold(String(repeating: "x", count: 75)), String(repeating: "x", count: 75))
        let long = ICalendar.fold(String(repeating: "x", count: 75 + 74 + 1))
        XCTAssertEqual(long.components(separatedBy: "\r\n").map(\.utf8.count), [75, 75, 2])
    }

    func testTextValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        XCTAssertEqual(ICalendar.escape(#"Lưu: VT, UBND; C:\hồ sơ"#), #"Lưu: VT\, UBND\; C:\\hồ sơ"#)
        XCTAssertEqual(ICalendar.escape("dòng 1\ndòng 2\r\ndòng 3\rdòng 4"), #"dòng 1\ndòng 2\ndòng 3\ndòng 4"#)
        XCTAssertEqual(ICalendar.escape("chuông\u{07}"), "chuông")
        XCTAssertEqual(ICalendar.escape("a\tb\u{7F}c\r\r\n“Đ”"), "a\tbc\\n\\n“Đ”")
    }

    func testEveryLineEndsWithCRLFAndTheCalendarNamesItself() {
        let text = ICalendar(name: "Lịch thi đua, phường Thử", productID: "-//CampaignPortal//Thử//VI",
                             events: [event(summary: "Hạn: nộp", description: "Dòng một\nDòng hai")]).text
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "a bare CR")
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CampaignPortal//Thử//VI", "CALSCALE:GREGORIAN",
                     #"X-WR-CALNAME:Lịch thi đua\, phường Thử"#, "DTSTART;VALUE=DATE:20240301", "DTEND;VALUE=DATE:20240701",
                     "DTSTAMP:20240225T170000Z", #"DESCRIPTION:Dòng một\nDòng hai"#, "URL:https://thu.example.gov.vn/ke-hoach/ke-hoach/"] {
            XCTAssertTrue(text.contains("\r\n" + line + "\r\n") || text.hasPrefix(line + "\r\n"), line)
        }
    }

    func testAllDayEventsEndOnTheDayAfterTheirLastDayAcrossMonthsAndYears() {
        let text = ICalendar(name: "L", productID: "P", events: [event(summary: "Hạn", first: "2024-12-31", last: "2024-12-31")]).text
        XCTAssertTrue(text.contains("DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n"))
        XCTAssertEqual(ICalendar.stamp(Day(iso: "2024-03-01")!), "20240229T170000Z", "midnight in Việt Nam is 17:00 UTC the day before")
        XCTAssertEqual(Day(iso: "2023-03-01")!.adding(days: -1)?.iso, "2023-02-28")
        XCTAssertEqual(Day(iso: "2024-02-28")!.adding(days: 2)?.iso, "2024-03-01")
    }

    func testPlanEventsHaveStableUniqueUIDsFromThePlanIdAndItem() throws {
        let fixture = try SiteFixture("""
        -- content/plans/ke-hoach.md --
        ---
        title: Kế hoạch thi đua năm 2024
        issuer: Ủy ban nhân dân phường Thử
        issued: 2024-01-02
        phases:
          - {name: Đợt I, from: 2024-01-02, to: 2024-06-30}
          - {name: Đợt I, from: 2024-07-01, to: 2024-12-31}
        deadlines:
          - {date: 2024-03-15, what: Đăng ký thi đua}
          - {date: 2024-03-15, what: Nộp danh sách}
        ---
        """)
        defer { fixture.remove() }
        let site = try XCTUnwrap(Resolver.resolve(ContentLoader.load(from: fixture.root)).site)
        let plan = try XCTUnwrap(site.plans.first)
        let first = PlanCalendar(site: site).events(of: plan).map(\.uid)
        XCTAssertEqual(first, [
            "ke-hoach.phase-dot-i@thu.example.gov.vn", "ke-hoach.phase-dot-i-2@thu.example.gov.vn",
            "ke-hoach.deadline-2024-03-15@thu.example.gov.vn", "ke-hoach.deadline-2024-03-15-2@thu.example.gov.vn",
        ])
        XCTAssertEqual(PlanCalendar(site: site).events(of: plan).map(\.uid), first)
    }
}
