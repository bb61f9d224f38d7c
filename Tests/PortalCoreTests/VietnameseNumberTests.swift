import Foundation
import XCTest
@testable import PortalCore

final class VietnameseNumberTests: XCTestCase {
    func testIntegersGroupThousandsWithDots() {
        let cases: [(Int, String)] = [(0, "0"), (830, "830"), (1500, "1.500"), (28500, "28.500"),
                                      (1_234_567, "1.234.567"), (-1500, "-1.500"), (-999, "-999")]
        for (value, text) in cases {
            XCTAssertEqual(VietnameseNumber.integer(value), text)
        }
    }

    func testDecimalsUseACommaAndTheRequestedNumberOfDigits() {
        XCTAssertEqual(VietnameseNumber.decimal(59.6, fractionDigits: 2), "59,60")
        XCTAssertEqual(VietnameseNumber.decimal(28500.25, fractionDigits: 1), "28.500,2")
        XCTAssertEqual(VietnameseNumber.decimal(-1234.5, fractionDigits: 2), "-1.234,50")
        XCTAssertEqual(VietnameseNumber.decimal(-0.001, fractionDigits: 2), "0,00")
        XCTAssertEqual(VietnameseNumber.decimal(7, fractionDigits: 0), "7")
    }

    func testPercentTakesThePercentageNotARatio() {
        XCTAssertEqual(VietnameseNumber.percent(0.39, fractionDigits: 2), "0,39%")
        XCTAssertEqual(VietnameseNumber.percent(95, fractionDigits: 0), "95%")
        XCTAssertEqual(VietnameseNumber.percent(-2.5, fractionDigits: 1), "-2,5%")
    }

    func testNumberFromAFileDropsDecimalsOnlyWhenWhole() {
        let cases: [(Double, String)] = [(1500.0, "1.500"), (12.5, "12,5"), (0.1, "0,1"), (-3.0, "-3"),
                                         (28500.75, "28.500,75"), (0.0000001, "0,0000001"), (-0.25, "-0,25")]
        for (value, text) in cases {
            XCTAssertEqual(VietnameseNumber.number(value), text, "\(value)")
        }
    }

    func testFileSizesCountIn1024sWithOneDecimal() {
        let cases: [(Int, String)] = [(830, "830 B"), (0, "0 B"), (1023, "1.023 B"), (1024, "1,0 KB"),
                                      (12_700, "12,4 KB"), (1_258_291, "1,2 MB"), (1_048_500, "1.023,9 KB"), (1_048_570, "1,0 MB"),
                                      (52_428_800, "50,0 MB")]
        for (bytes, text) in cases {
            XCTAssertEqual(VietnameseNumber.fileSize(bytes), text, "\(bytes)")
        }
    }
}
