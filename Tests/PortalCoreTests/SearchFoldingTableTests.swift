import Foundation
import XCTest
@testable import PortalCore

/// The indexer's word rules on the table the search page's script passes too
/// (`Tests/search-folding-cases.json`; the script's side is `Tests/search-folding.test.js`).
final class SearchFoldingTableTests: XCTestCase {
    struct Table: Decodable {
        struct Case: Decodable {
            let text: String
            let folded: [String]
            let exact: [String]
        }
        let cases: [Case]
    }

    func testTokenizerGivesThePhrasesOfEverySharedCase() throws {
        let url = SiteFixture.repository.appendingPathComponent("Tests/search-folding-cases.json")
        let table = try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
        XCTAssertGreaterThan(table.cases.count, 20)
        for item in table.cases {
            let phrases = SearchIndexTokenizer.phrases(item.text)
            // Swift's == sees NFC and NFD as equal; the script's === does not, so compare code points.
            let folded = phrases.map { $0.map(\.folded).joined(separator: " ") }
            let exact = phrases.map { $0.map(\.exact).joined(separator: " ") }
            XCTAssertEqual(folded.map { Array($0.unicodeScalars) }, item.folded.map { Array($0.unicodeScalars) }, "folded: \(item.text) → \(folded)")
            XCTAssertEqual(exact.map { Array($0.unicodeScalars) }, item.exact.map { Array($0.unicodeScalars) }, "exact: \(item.text) → \(exact)")
        }
    }
}
