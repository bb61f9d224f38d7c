import Foundation
import XCTest
@testable import PortalCore

/// A value a record does not have prints nothing: Mustache must not find the key in an enclosing
/// context instead (the decision's title shown as each untitled award's "Danh hiệu", the
/// decision's number shown as the number of a plan that has none).
final class MissingValueTests: XCTestCase {
    func testAnAwardWithoutTitleAndAPlanWithoutNumberBorrowNothingFromTheDecisionPage() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let built = RenderedSite(source: fixture.root, today: Day(iso: "2024-06-01")!)
        let page = try XCTUnwrap(built.pages.first { $0.path == Routes.path(.decision("quyet-dinh")) })
        let html = String(decoding: page.contents, as: UTF8.self)
        XCTAssertTrue(html.contains("Nguyễn Văn An"), "the award is on its decision's page")
        XCTAssertFalse(html.contains("Danh hiệu"), "an award without a title has no title line")
        let planLine = try XCTUnwrap(html.components(separatedBy: "\n").first { $0.contains("Theo kế hoạch") })
        XCTAssertTrue(planLine.contains("Kế hoạch thi đua năm 2024"), planLine)
        XCTAssertFalse(planLine.contains("1/QĐ-UBND"), "the plan has no number of its own: \(planLine)")
        XCTAssertFalse(html.contains(">false<"), "a missing value prints nothing")
    }
}
