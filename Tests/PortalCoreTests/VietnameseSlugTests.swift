import Foundation
import XCTest
@testable import PortalCore

final class VietnameseSlugTests: XCTestCase {
    func testSlugFoldsVietnameseLettersAndJoinsWordsWithHyphens() {
        let cases: [(String, String)] = [
            ("Nguyễn Thị Ánh Tuyết", "nguyen-thi-anh-tuyet"),
            ("Đội", "doi"),
            ("5531/KH-UBND", "5531-kh-ubnd"),
            ("ỮNG HỘ", "ung-ho"),
            ("  Phát động phong trào thi đua — “nước rút” 2023!  ", "phat-dong-phong-trao-thi-dua-nuoc-rut-2023"),
            ("Kế hoạch số 88/KH-UBND ngày 10/01/2023", "ke-hoach-so-88-kh-ubnd-ngay-10-01-2023"),
            ("Ðường (eth, mistyped đ)", "duong-eth-mistyped-d"),
            ("---", ""),
            ("", ""),
        ]
        for (title, slug) in cases {
            XCTAssertEqual(Slug.make(title), slug, title)
        }
    }

    func testSlugIsTheSameForNFCAndNFDInput() {
        for title in ["Nguyễn Thị Ánh Tuyết", "Trường THCS Nguyễn Trãi", "Gương người tốt việc tốt"] {
            XCTAssertEqual(Slug.make(title.decomposedStringWithCanonicalMapping), Slug.make(title.nfc), title)
        }
    }

    func testFoldingRemovesMarksButKeepsSpacesAndPunctuation() {
        let cases: [(String, String)] = [
            ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"),
            ("ĐẶNG, Đức.", "dang, duc."),
            ("Ữ ừ ự ơ ô ê ă â", "u u u o o e a a"),
            ("5531/KH-UBND", "5531/kh-ubnd"),
        ]
        for (text, folded) in cases {
            XCTAssertEqual(DiacriticFolding.fold(text), folded, text)
            XCTAssertEqual(DiacriticFolding.fold(text.decomposedStringWithCanonicalMapping), folded, text)
        }
    }

    func testNFCComposesDecomposedText() {
        let decomposed = "Nguye\u{302}\u{303}n"
        XCTAssertEqual(Array(decomposed.nfc.unicodeScalars), Array("Nguy\u{1EC5}n".unicodeScalars))
    }
}
