import XCTest
@testable import PortalCore

/// What the personal-data warning takes for a street address, and what it leaves alone.
final class PersonalDataCheckTests: XCTestCase {
    func testStreetAddressesAreFoundWhateverTheCaseSpacingAndHouseNumber() {
        let addresses: [(text: String, column: Int)] = [
            ("Bà Bình ở số 12 đường Lê Lợi", 14),
            ("12A PHỐ HUẾ", 1),
            ("nhà 5b\tngõ 4", 5),
            ("số 7/2/1  ngách 8", 4),
            ("ở 9 Hẻm 3 ", 3),
            ("kiệt: 40 kiệt 5 ", 7),
            ("Đường 3 Đường 4 ", 7),
        ]
        for (text, column) in addresses {
            XCTAssertEqual(PersonalDataCheck.finding(in: text)?.column, column, text)
            XCTAssertEqual(PersonalDataCheck.finding(in: text)?.kind, "địa chỉ nhà riêng", text)
        }
    }

    func testUnitsAndNumbersBesideStreetWordsAreNotAddresses() {
        for text in ["Tổ dân phố 35", "khu phố 3 và ngõ", "đường 5", "năm 2024 phong trào", "số 12đường Lê Lợi", "ab12 c đường "] {
            XCTAssertNil(PersonalDataCheck.finding(in: text), text)
        }
    }

    func testPhoneNumbersAndIDsAreFoundButScatteredDigitsAndAmountsAreNot() {
        let found: [(text: String, kind: String, column: Int)] = [
            ("Gọi 0912 345 678 nhé", "số điện thoại", 5),
            ("ĐT: +84912.345.678", "số điện thoại", 5),
            ("CCCD 001089012345.", "số chứng minh nhân dân hoặc căn cước công dân", 6),
            ("số 123456789", "số chứng minh nhân dân hoặc căn cước công dân", 4),
        ]
        for (text, kind, column) in found {
            XCTAssertEqual(PersonalDataCheck.finding(in: text)?.kind, kind, text)
            XCTAssertEqual(PersonalDataCheck.finding(in: text)?.column, column, text)
        }
        for text in ["Năm 2024, 35 hộ nhận 120 suất quà, 47 tổ", "Quỹ đạt 100.000.000 đồng", "12 34 56 78 90", "mã 1234-5678-9"] {
            XCTAssertNil(PersonalDataCheck.finding(in: text), text)
        }
    }
}

