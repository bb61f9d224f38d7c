import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import PortalCore

/// The timeline is a picture made at build time that every reader can use: scalable, titled,
/// described in words, and well-formed XML.
final class PlanTimelineTests: XCTestCase {
    private func plan(period: (String, String)?, phases: [(String, String, String)] = [], deadlines: [(String, String)] = []) -> Plan {
        func day(_ text: String) -> Day { Day(iso: text)! }
        return Plan(id: "ke-hoach", source: "content/plans/ke-hoach.md", number: "18/KH-UBND", issuer: "Ủy ban nhân dân phường Thử",
                    parentIssuer: nil, level: .commune, place: "Thử", issued: day("2024-02-26"), year: 2024, title: "Kế hoạch <thử> & \"đo\"",
                    bases: [], period: period.map { DateRange(from: day($0.0), to: day($0.1)) },
                    phases: phases.map { Phase(name: $0.0, range: DateRange(from: day($0.1), to: day($0.2)), goal: nil) },
                    targets: [], awardForms: [], responsibilities: [],
                    deadlines: deadlines.map { Deadline(date: day($0.0), what: $0.1, who: nil) },
                    recipients: [], signer: nil, attachments: [],
                    body: MarkdownText(text: "", firstLine: 1, file: "content/plans/ke-hoach.md"))
    }

    private var sample: Plan {
        plan(period: ("2024-03-01", "2024-12-15"),
             phases: [("Đợt I", "2024-03-01", "2024-06-30"), ("Đợt II", "2024-07-01", "2024-12-15")],
             deadlines: [("2024-06-20", "Báo cáo sơ kết"), ("2024-03-15", "Đăng ký <thi đua>"), ("2024-03-16", "Nộp danh sách")])
    }

    func testTheTimelineIsAnAccessibleImageThatScalesToAnyWidth() throws {
        let svg = try XCTUnwrap(PlanTimeline(plan: sample, today: Day(iso: "2024-03-15")!)).svg(id: "tl")
        XCTAssertTrue(svg.hasPrefix("<svg "))
        for part in [#"role="img""#, #"aria-labelledby="tl-title""#, #"aria-describedby="tl-desc""#, #"<title id="tl-title">"#,
                     #"<desc id="tl-desc">"#, #"viewBox="0 0 640 "#, #"width="100%""#] {
            XCTAssertTrue(svg.contains(part), part)
        }
        XCTAssertFalse(svg.prefix { $0 != ">" }.contains(" height="), "a fixed height would stop it scaling")
        XCTAssertTrue(svg.contains("Đăng ký &lt;thi đua&gt;"), "text from the file is escaped")
        XCTAssertTrue(WellFormed.check(svg), "not well-formed XML")
    }

    func testTodayIsMarkedOnlyWhenItFallsInsideTheDrawnPeriod() throws {
        let inside = try XCTUnwrap(PlanTimeline(plan: sample, today: Day(iso: "2024-03-15")!))
        XCTAssertTrue(inside.svg(id: "a").contains("Hôm nay 15/3/2024"))
        XCTAssertTrue(inside.svg(id: "a").contains("stroke-dasharray"))
        let after = try XCTUnwrap(PlanTimeline(plan: sample, today: Day(iso: "2026-11-23")!))
        XCTAssertFalse(after.svg(id: "a").contains("stroke-dasharray"))
        XCTAssertTrue(after.description.hasSuffix("Hôm nay, ngày 23/11/2026: đã kết thúc, ngoài khoảng thời gian trên hình."))
    }

    func testEveryDateOfThePlanIsAlsoInTheListInDateOrderOfDeadlines() throws {
        let timeline = try XCTUnwrap(PlanTimeline(plan: sample, today: Day(iso: "2024-03-15")!))
        XCTAssertEqual(timeline.items.map(\.label), ["Thời gian thi đua", "Đợt I", "Đợt II", "Thời hạn 1", "Thời hạn 2", "Thời hạn 3", "Hôm nay"])
        XCTAssertEqual(timeline.items.compactMap(\.note).prefix(3), ["Đăng ký <thi đua>", "Nộp danh sách", "Báo cáo sơ kết"])
        // Deadlines one day apart are numbered on two lines, so the numbers do not overlap.
        let svg = timeline.svg(id: "a")
        let numbers = try NSRegularExpression(pattern: #"y="(\d+)" text-anchor="middle">\d<"#)
        let rows: [String] = numbers.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            Range(match.range(at: 1), in: svg).map { String(svg[$0]) }
        }
        guard rows.count == 3 else { return XCTFail("\(rows.count) deadline numbers drawn, want 3") }
        XCTAssertNotEqual(rows[0], rows[1])
    }

    func testAPlanWithoutDatesHasNoTimeline() {
        XCTAssertNil(PlanTimeline(plan: plan(period: nil), today: Day(iso: "2024-03-15")!))
        XCTAssertNotNil(PlanTimeline(plan: plan(period: nil, deadlines: [("2024-03-15", "Hạn")]), today: Day(iso: "2024-03-15")!))
    }
}

/// Parses a string as XML and says whether it is well-formed.
private enum WellFormed {
    static func check(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }
}
