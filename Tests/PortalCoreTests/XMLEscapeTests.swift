@testable import PortalCore
import XCTest

final class XMLEscapeTests: XCTestCase {
    /// Feeds and the sitemap escape text the same way: the five entities, and no control characters
    /// but line breaks and tabs.
    func testXMLTextEscapesTheFiveEntitiesAndDropsControlCharacters() {
        XCTAssertEqual(XML.escape(#"<a href="x">Tô & 'Lê'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tô &amp; &apos;Lê&apos;&lt;/a&gt;")
        XCTAssertEqual(XML.escape("dòng\r\n\tmột\u{0B}\u{1F}–"), "dòng\r\n\tmột–")
        XCTAssertEqual(XML.escape(""), "")
    }
}
