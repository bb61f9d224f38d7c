import Foundation
import XCTest
@testable import PortalCore

final class VietnameseDateTests: XCTestCase {
    func testLongDatePadsDaysBelowTenAndOnlyJanuaryAndFebruary() {
        let cases: [((Int, Int, Int), String)] = [
            ((2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
            ((2019, 4, 19), "ngày 19 tháng 4 năm 2019"),
            ((2023, 12, 10), "ngày 10 tháng 12 năm 2023"),
            ((2023, 11, 1), "ngày 01 tháng 11 năm 2023"),
            ((2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
            ((2025, 3, 9), "ngày 09 tháng 3 năm 2025"),
        ]
        for ((year, month, day), text) in cases {
            XCTAssertEqual(VietnameseDate.long(year: year, month: month, day: day), text)
        }
    }

    func testShortDateAndMonthYearHaveNoLeadingZeros() {
        XCTAssertEqual(VietnameseDate.short(year: 2019, month: 4, day: 19), "19/4/2019")
        XCTAssertEqual(VietnameseDate.short(year: 2023, month: 1, day: 5), "5/1/2023")
        XCTAssertEqual(VietnameseDate.monthYear(year: 2019, month: 4), "tháng 4/2019")
        XCTAssertEqual(VietnameseDate.monthYear(year: 2023, month: 12), "tháng 12/2023")
    }

    func testWeekdayNamesFollowTheGregorianCalendar() {
        let cases: [((Int, Int, Int), String)] = [
            ((2023, 11, 1), "Thứ Tư"),
            ((2025, 7, 1), "Thứ Ba"),
            ((2024, 2, 29), "Thứ Năm"),
            ((2000, 1, 1), "Thứ Bảy"),
            ((2020, 1, 5), "Chủ nhật"),
            ((1975, 4, 30), "Thứ Tư"),
            ((2019, 4, 19), "Thứ Sáu"),
            ((2026, 1, 5), "Thứ Hai"),
        ]
        for ((year, month, day), name) in cases {
            XCTAssertEqual(VietnameseDate.weekday(year: year, month: month, day: day), name, "\(year)-\(month)-\(day)")
        }
    }

    func testWeekdayAgreesWithFoundationsCalendarForEveryDayOfALeapYear() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let names = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
        guard var date = calendar.date(from: DateComponents(year: 2024, month: 1, day: 1)) else {
            return XCTFail("no date")
        }
        for _ in 0..<366 {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            guard let year = parts.year, let month = parts.month, let day = parts.day, let weekday = parts.weekday,
                  let next = calendar.date(byAdding: .day, value: 1, to: date) else { return XCTFail("bad date") }
            XCTAssertEqual(VietnameseDate.weekday(year: year, month: month, day: day), names[weekday - 1])
            date = next
        }
    }
}
