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

    /// Keys of text are the keys `String` would make: canonically equivalent text is one key.
    func testNFCKeysAreEqualExactlyWhenTheTextsAre() {
        let texts = ["Nguyễn Văn Đức", "Nguye\u{302}\u{303}n Va\u{306}n \u{110}u\u{301}c", "Nguyễn Văn Đúc", "nguyễn văn đức", "", "Ånh", "A\u{30A}nh", "\u{212B}nh",
                     // Beyond the quick check's table, where `nfc` leaves the text as it is.
                     "\u{20065}\u{301}e\u{301}", "\u{20065}\u{301}é"]
        for a in texts {
            for b in texts {
                XCTAssertEqual(NFCKey(a) == NFCKey(b), a == b, "\(a.debugDescription) vs \(b.debugDescription)")
                if a == b { XCTAssertEqual(NFCKey(a).hashValue, NFCKey(b).hashValue) }
            }
        }
        XCTAssertEqual(Set(texts.map(NFCKey.init)).count, Set(texts).count)
    }
}
