import XCTest
@testable import PortalCore

final class NFCTests: XCTestCase {
    func testDecomposedVietnameseIsComposed() {
        XCTAssertEqual(Array("Nguye\u{302}\u{303}n".nfc.unicodeScalars), Array("Nguyễn".unicodeScalars))
    }

    func testACharacterBeyondU10000IsKeptWhereFoundationWouldComposeItAway() {
        // Found by fuzzing slugs: Foundation's NFC turns U+20065 + U+0301 into `é`, as if U+0065.
        for text in ["\u{20065}\u{301}", "n\u{D01B0}\u{303}\u{130}"] {
            XCTAssertEqual(text.nfc, text)
            XCTAssertEqual(Array(text.nfc.unicodeScalars.prefix(2)), Array(text.unicodeScalars.prefix(2)), text.debugDescription)
        }
    }

    func testNFDFromTheTableIsFoundationsForEveryCharacterAndForVietnameseText() {
        var texts = (0..<0x2600).compactMap(Unicode.Scalar.init).map { "a\($0)b" }
        texts += ["Nguyễn Thị Ánh Tuyết", "ĐẶNG VĂN ĐỨC", "Tổ dân phố 35 — “Khu phố” …", "Nguye\u{302}\u{303}n", "ệ\u{301}", ""]
        for text in texts {
            XCTAssertEqual(text.nfdScalars, Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), text.debugDescription)
        }
    }
}
