import Foundation
import XCTest
@testable import PortalCore

/// The honour roll's order and numbers, checked against independent oracles.
final class HonourRollTests: XCTestCase {
    /// Foundation's ICU collation is the oracle; on Linux it needs NFD text to answer consistently
    /// (see VietnameseCollationOracleTests).
    private func oracleLess(_ a: [String], _ b: [String]) -> Bool {
        let vi = Locale(identifier: "vi_VN")
        for (x, y) in zip(a, b) {
            let order = x.decomposedStringWithCanonicalMapping.compare(y.decomposedStringWithCanonicalMapping, locale: vi)
            if order != .orderedSame { return order == .orderedAscending }
        }
        return a.count < b.count
    }

    private func sampleSite() throws -> Site {
        let outcome = Portal.check(source: SiteFixture.repository, today: Day(iso: "2024-03-15")!)
        XCTAssertFalse(outcome.failed, outcome.diagnostics.report)
        return try XCTUnwrap(outcome.site)
    }

    func testAlphabeticalIndexOfTheSampleSiteFollowsTheOracle() throws {
        let roll = HonourRoll(site: try sampleSite())
        let honourees = roll.alphabetical.flatMap(\.honourees)
        XCTAssertGreaterThan(honourees.count, 50)
        let parts = honourees.map { HonourRoll.filingParts(name: $0.name, kind: $0.kind) }
        for (a, b) in zip(parts, parts.dropFirst()) {
            XCTAssertFalse(oracleLess(b, a), "\(b) should not come after \(a)")
        }
    }

    func testAlphabeticalIndexOfManyGeneratedNamesFollowsTheOracle() throws {
        var generator = SplitMix(seed: 42)
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Đỗ", "Dương", "Vũ", "Võ", "Hoàng", "Bùi", "Ngô", "Lã", "Đinh"]
        let middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Thu", ""]
        let givens = ["An", "Ân", "Ánh", "Bình", "Cường", "Dung", "Dũng", "Duy", "Đạt", "Đức", "Đông", "Giang", "Hà", "Hạ", "Hải",
                      "Hoa", "Hòa", "Hoà", "Huệ", "Khoa", "Lan", "Long", "Mai", "Nam", "Ngân", "Oanh", "Ơn", "Phúc", "Quân", "Sơn",
                      "Tâm", "Thắng", "Tuấn", "Ưng", "Uyên", "Vân", "Xuân", "Yến"]
        let awards = (0..<3000).map { index -> Award in
            let name = [families.randomElement(using: &generator)!, middles.randomElement(using: &generator)!,
                        givens.randomElement(using: &generator)!].filter { !$0.isEmpty }.joined(separator: " ")
            return Award(name: name, kind: .individual, unit: "Tổ \(index % 7)", position: nil, form: "Giấy khen",
                         title: nil, achievement: nil, location: SourceLocation(file: "x"))
        }
        let site = try sampleSite()
        let decision = Decision(id: "d", source: "d", number: "1", issued: Day(iso: "2024-01-01")!, issuer: "x",
                                parentIssuer: nil, place: nil, title: "x", plan: nil, signer: nil, awards: awards)
        let synthetic = Site(config: site.config, plans: [], decisions: [decision], exemplars: [], stories: [],
                             mediaFiles: [:], links: CrossLinks())
        let letters = HonourRoll(site: synthetic).alphabetical
        let parts = letters.flatMap(\.honourees).map { HonourRoll.filingParts(name: $0.name, kind: .individual) }
        for (a, b) in zip(parts, parts.dropFirst()) {
            XCTAssertFalse(oracleLess(b, a), "\(b) should not come after \(a)")
        }
        let order = letters.map(\.letter)
        let lastD = try XCTUnwrap(order.firstIndex(of: "D"))
        let firstĐ = try XCTUnwrap(order.firstIndex(of: "Đ"))
        XCTAssertEqual(firstĐ, lastD + 1, "Đ files right after D: \(order)")
        XCTAssertEqual(order, order.sorted(byVietnamese: { $0 }))
    }

    func testDStrokeNamesComeAfterEveryDName() throws {
        let letters = HonourRoll(site: try sampleSite()).alphabetical
        let names = letters.flatMap(\.honourees).map { HonourRoll.filingParts(name: $0.name, kind: $0.kind).first ?? "" }
        let lastD = try XCTUnwrap(names.lastIndex { $0.hasPrefix("D") })
        let firstĐ = try XCTUnwrap(names.firstIndex { $0.hasPrefix("Đ") })
        XCTAssertLessThan(lastD, firstĐ)
    }

    func testEveryAwardOfTheSampleAppearsOnceOnTheRollOfItsYear() throws {
        let site = try sampleSite()
        let roll = HonourRoll(site: site)
        let listed = roll.years.flatMap { roll.byForm(year: $0).flatMap(\.entries) }
        XCTAssertEqual(listed.count, site.awardCount)
        XCTAssertEqual(Set(listed.map { "\($0.decision.id)|\($0.award.location.line)|\($0.award.location.file)|\($0.award.name)" }).count,
                       site.awardCount)
    }

    func testChartDrawsTheNumbersItsTableShows() throws {
        let chart = BarChart(id: "c", title: "Khen thưởng", rowHeader: "Năm", series: ["Bằng khen", "Giấy khen"],
                             rows: [.init(label: "Năm 2024", values: [3, 1_200]), .init(label: "Năm 2023", values: [0, 7])])
        let svg = chart.svg
        let drawn = matches(#"<title>([^<]+): ([0-9.]+)</title></rect>"#, in: svg).map { "\($0[0])=\($0[1])" }
        XCTAssertEqual(drawn, ["Bằng khen=3", "Giấy khen=1.200", "Giấy khen=7"])
        let totals = matches(#"class="chart-value">([0-9.]+)</text>"#, in: svg).map { $0[0] }
        XCTAssertEqual(totals, ["1.203", "7"])
        let rows = try XCTUnwrap(chart.table["rows"] as? [ViewContext])
        XCTAssertEqual(rows.map { $0["values"] as? [String] }, [["3", "1.200"], ["0", "7"]])
        XCTAssertEqual(rows.map { $0["total"] as? String }, ["1.203", "7"])
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertTrue(svg.contains("<desc id=\"c-d\">Năm 2024: 1.203; Năm 2023: 7.</desc>"))
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }
}

/// A small fixed-seed generator so generated test data is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
