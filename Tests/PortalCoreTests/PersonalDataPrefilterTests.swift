import Foundation
import XCTest
@testable import PortalCore

/// The byte tests in front of the personal-data check may let through what holds nothing, but
/// must never turn away a text the slow way (lower-casing, ICU's expression) would warn about.
final class PersonalDataPrefilterTests: XCTestCase {
    private let streetWords = ["đường", "phố", "ngõ", "ngách", "hẻm", "kiệt"]

    private func matchesStreetAddress(_ text: String) -> Bool {
        PersonalDataCheck.streetAddress.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func assertStreetPrefilterKeeps(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        if !PersonalDataCheck.mayHoldStreetAddress(text) {
            XCTAssertFalse(matchesStreetAddress(text), "the byte test hides a street address in \(text.debugDescription)", file: file, line: line)
        }
    }

    func testStreetWordsInAnyCaseAndAfterAnyHouseNumberPassTheByteTest() {
        let texts = [
            "số 12 đường Lê Lợi", "12 Đường Lê Lợi", "12 ĐƯỜNG ", "12A PHỐ HUẾ", "3 Phố Huế", "5b\tngõ 4", "5 NGÕ 4", "5 Ngõ 4",
            "7/2/1  ngách 8", "7 Ngách 8", "7 NGÁCH 8", "9 Hẻm 3", "9 HẺM 3", "9 hẺm 3", "40 kiệt 5", "40 KIỆT 5", "40 Kiệt 5",
            "40 \u{212A}iệt 5", "40 \u{212A}IỆT 5", "١٢ hẻm 5", "१२ phố 5", "１２ phố 5", "12\u{A0}phố 5", "12 phố\u{A0}5",
            "12 phố\u{2028}5", "12 phố\u{85}5", "12 phố\n", "12 hẻm\t", "12 hẻm", "12 pho\u{302}\u{301} 5", "12 ki\u{130}ệt 5",
        ]
        for text in texts {
            assertStreetPrefilterKeeps(text)
        }
        for text in ["12 đường ", "12 PHỐ ", "12 Kiệt ", "12 \u{212A}iệt ", "12a Ngách "] {
            XCTAssertTrue(PersonalDataCheck.mayHoldStreetAddress(text), text)
            XCTAssertTrue(matchesStreetAddress(text), text)
        }
    }

    func testCommonWordsAfterNumbersAreRuledOutOnTheBytes() {
        for text in ["với 12 người tham gia", "50 hộ gia đình", "3 phường", "2 Phường", "5 ngôi nhà", "4 khu phố", "7 hè phố", "12 phốt ", "12 hẻmm "] {
            XCTAssertFalse(PersonalDataCheck.mayHoldStreetAddress(text), text)
        }
    }

    /// Every character of the alphabetic scripts, the combining marks, the letter-like symbols, the
    /// ligatures and the full-width forms in place of each letter of each street word, and of the
    /// space after it: where the byte test says no, ICU must find nothing either. (The ideographs
    /// and syllables left out have no case; the byte test lets them through anyway.)
    func testNoCharacterInAStreetWordFoolsTheByteTest() {
        let scalars = [0x20...0x33FF, 0xA640...0xA7FF, 0xFB00...0xFFFF].joined().compactMap(Unicode.Scalar.init)
        for word in streetWords {
            let letters = Array(word.unicodeScalars)
            for position in 0...letters.count {
                for scalar in scalars {
                    var replaced = letters
                    if position < letters.count { replaced[position] = scalar } else { replaced.append(scalar) }
                    var text = "12 "
                    text.unicodeScalars.append(contentsOf: replaced)
                    text += position < letters.count ? " 5" : "5"
                    assertStreetPrefilterKeeps(text)
                }
            }
        }
    }

    private func assertSốNhàPrefilterKeeps(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        if !PersonalDataCheck.mayHoldSốNhà(text) {
            XCTAssertNil(text.lowercased().range(of: "số nhà"), "the byte test hides `số nhà` in \(text.debugDescription)", file: file, line: line)
        }
    }

    func testSốNhàInAnyCaseAndCompositionPassesTheByteTest() {
        let texts = [
            "số nhà 5", "Số nhà 5", "SỐ NHÀ 5", "sỐ nHà", "ở số nhà 12", "so\u{302}\u{301} nha\u{300} 5", "sô\u{301} nhà",
            "SO\u{302}\u{301} NHA\u{300}", "số nha\u{300}", "so\u{302}\u{301} nhà", "xsố nhà", "Ở SỐ NHÀ",
            // Foundation's search is looser than canonical equivalence before the space.
            "sox\u{301} nhà", "so \u{301} nhà",
        ]
        for text in texts {
            XCTAssertTrue(PersonalDataCheck.mayHoldSốNhà(text), text.debugDescription)
            XCTAssertNotNil(text.lowercased().range(of: "số nhà"), text.debugDescription)
        }
        for text in ["sổ nhà", "số  nhà", "số nh", "nhà số 5", "ở nhà", "sox nhà"] {
            assertSốNhàPrefilterKeeps(text)
        }
        for text in ["Nhà văn hoá của 12 hộ", "những ngôi nhà", "của nhà nước", "số nhe"] {
            XCTAssertFalse(PersonalDataCheck.mayHoldSốNhà(text), text)
        }
    }

    /// Every Latin character, combining mark, space and letter-like symbol in place of each character
    /// of `số nhà`, and put before each, in either spelling and case.
    func testNoCharacterInOrBesideSốNhàFoolsTheByteTest() {
        let ranges = [0x09...0x0D, 0x20...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x2100...0x214F, 0xFB00...0xFB4F]
        let scalars = ranges.joined().compactMap(Unicode.Scalar.init)
        for spelling in ["số nhà", "so\u{302}\u{301} nha\u{300}", "SỐ NHÀ"] {
            let letters = Array(spelling.unicodeScalars)
            for position in 0...letters.count {
                for scalar in scalars {
                    var inserted = letters
                    inserted.insert(scalar, at: position)
                    var replaced = letters
                    if position < letters.count { replaced[position] = scalar }
                    for variant in [inserted, replaced] {
                        var text = "ở "
                        text.unicodeScalars.append(contentsOf: variant)
                        assertSốNhàPrefilterKeeps(text + " 5")
                    }
                }
            }
        }
    }
}
