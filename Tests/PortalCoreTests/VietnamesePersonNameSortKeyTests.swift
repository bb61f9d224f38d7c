import Foundation
import XCTest
@testable import PortalCore

final class VietnamesePersonNameSortKeyTests: XCTestCase {
    private func order(_ names: [String]) -> [String] {
        names.sorted(byPersonName: { $0 })
    }

    func testGivenNameDecidesBeforeFamilyName() {
        XCTAssertEqual(order(["Lê Thị Bình", "Nguyễn Văn An", "Trần Đức"]),
                       ["Nguyễn Văn An", "Lê Thị Bình", "Trần Đức"])
    }

    func testMiddleNamesDecideWhenGivenNamesAreEqual() {
        XCTAssertEqual(order(["Nguyễn Văn An", "Lê Thị An", "Trần An"]), ["Trần An", "Lê Thị An", "Nguyễn Văn An"])
    }

    func testFamilyNameDecidesWhenGivenAndMiddleNamesAreEqual() {
        XCTAssertEqual(order(["Phạm Văn An", "Đỗ Văn An", "Bùi Văn An"]), ["Bùi Văn An", "Đỗ Văn An", "Phạm Văn An"])
    }

    func testFewerMiddleNamesSortFirstWhenTheyStartTheLongerList() {
        XCTAssertEqual(order(["Nguyễn Thị Kim Anh", "Nguyễn Thị Anh"]), ["Nguyễn Thị Anh", "Nguyễn Thị Kim Anh"])
    }

    func testASingleWordIsAGivenNameBeforeTheSameNameWithAFamily() {
        XCTAssertEqual(order(["Lê Mai", "Mai"]), ["Mai", "Lê Mai"])
    }

    func testExtraSpacesDoNotChangeThePlaceButKeepNamesDistinct() {
        let tidy = PersonNameSortKey(fullName: "Lê Văn Tám"), spaced = PersonNameSortKey(fullName: " Lê  Văn Tám ")
        XCTAssertNotEqual(tidy, spaced)
        XCTAssertLessThan(PersonNameSortKey(fullName: "Lê Văn Tam"), spaced)
        XCTAssertLessThan(spaced, PersonNameSortKey(fullName: "Lê Văn Tạm"))
    }

    func testNFDNameGivesTheSameKeyAsItsNFC() {
        let name = "Huỳnh Thị Ngọc Ẩn"
        XCTAssertEqual(PersonNameSortKey(fullName: name.decomposedStringWithCanonicalMapping),
                       PersonNameSortKey(fullName: name.nfc))
    }
}
