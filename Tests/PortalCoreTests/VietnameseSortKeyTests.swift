import Foundation
import XCTest
@testable import PortalCore

final class VietnameseSortKeyTests: XCTestCase {
    private func order(_ words: [String]) -> [String] {
        words.sorted(byVietnamese: { $0 })
    }

    func testDStrokeSortsAfterAllDNames() {
        let names = ["Đức", "Dũng", "Đào", "Duy", "Dương", "Đạt", "Diệp", "Dzung", "Em"]
        XCTAssertEqual(order(names), ["Diệp", "Dũng", "Duy", "Dương", "Dzung", "Đào", "Đạt", "Đức", "Em"])
    }

    func testModifiedVowelsAreLettersOfTheirOwnAfterTheirBase() {
        XCTAssertEqual(order(["ân", "ăn", "an", "az", "ơn", "ôn", "on", "oz", "ưa", "uz", "ê", "ez"]),
                       ["an", "az", "ăn", "ân", "ez", "ê", "on", "oz", "ôn", "ơn", "uz", "ưa"])
    }

    func testTonesOrderNoneHuyenHoiNgaSacNang() {
        XCTAssertEqual(order(["má", "mạ", "mã", "mà", "ma", "mả"]), ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    func testLettersDecideBeforeTonesAnywhereInTheWord() {
        XCTAssertEqual(order(["bá", "bàn", "ba"]), ["ba", "bá", "bàn"])
    }

    func testToneOnTheEarlierVowelSortsAfterToneOnTheLaterVowel() {
        // Both spellings are in use (old `hóa`, new `hoá`); ICU weighs the tone where it stands.
        XCTAssertLessThan(VietnameseSortKey("hoà"), VietnameseSortKey("hoá"))
        XCTAssertLessThan(VietnameseSortKey("hoá"), VietnameseSortKey("hóa"))
    }

    func testLowerCaseSortsBeforeUpperCaseOnlyWhenLettersAndTonesAreEqual() {
        XCTAssertEqual(order(["An", "àn", "an", "Ăn"]), ["an", "An", "àn", "Ăn"])
    }

    func testSpacesAndHyphensSortBeforeLettersAndAShorterWordFirst() {
        XCTAssertEqual(order(["LêAn", "Lê-An", "Lê An", "Lê"]), ["Lê", "Lê An", "Lê-An", "LêAn"])
    }

    func testDigitsCompareOneByOneBeforeLetters() {
        XCTAssertEqual(order(["Tổ a", "Tổ 9", "Tổ 10"]), ["Tổ 10", "Tổ 9", "Tổ a"])
    }

    func testNFDInputGivesTheSameKeyAsItsNFC() {
        for word in ["Nguyễn", "Đặng Thị Ánh Tuyết", "NGHIÊNG", "ượu", "hoá", "Ứng"] {
            XCTAssertEqual(VietnameseSortKey(word.decomposedStringWithCanonicalMapping), VietnameseSortKey(word.nfc), word)
        }
    }

    func testInvisibleCharactersDoNotMoveAWordButKeepItDistinct() {
        let plain = VietnameseSortKey("Nguyễn"), withSoftHyphen = VietnameseSortKey("Ngu\u{AD}yễn")
        XCTAssertNotEqual(plain, withSoftHyphen)
        XCTAssertLessThan(VietnameseSortKey("Nguyên"), withSoftHyphen)
        XCTAssertLessThan(withSoftHyphen, VietnameseSortKey("Nguyệt"))
    }

    func testSortingIsStableForEqualKeys() {
        let entries = [(name: "An", id: 1), (name: "Bình", id: 2), (name: "An", id: 3)]
        XCTAssertEqual(entries.sorted(byVietnamese: \.name).map(\.id), [1, 3, 2])
    }
}
