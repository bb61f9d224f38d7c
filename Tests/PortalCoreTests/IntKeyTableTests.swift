import XCTest
@testable import PortalCore

final class IntKeyTableTests: XCTestCase {
    func testAKeyKeepsItsFirstValueAndEntriesKeepInsertionOrder() {
        var table = IntKeyTable<Int>()
        XCTAssertTrue(table.index(of: 42, inserting: 7) == (0, true))
        XCTAssertTrue(table.index(of: -1, inserting: 8) == (1, true))
        XCTAssertTrue(table.index(of: 42, inserting: 9) == (0, false))
        XCTAssertEqual(table.keys, [42, -1])
        XCTAssertEqual(table.values, [7, 8])
    }

    func testManyKeysThatCollideInTheLowBitsAreAllFoundAfterGrowing() {
        // Pair keys are `first << 32 | second`: the low bits alone say little.
        var table = IntKeyTable<Int>()
        let keys = (0..<5_000).map { ($0 % 70) << 32 | ($0 / 70) }
        for (number, key) in keys.enumerated() { XCTAssertTrue(table.index(of: key, inserting: number).isNew) }
        for (number, key) in keys.enumerated() { XCTAssertTrue(table.index(of: key, inserting: -1) == (number, false)) }
        XCTAssertEqual(table.count, keys.count)
    }

    func testAClearedTableIsEmptyAndFindsNothingItHeld() {
        var table = IntKeyTable<Int>()
        for key in 0..<100 { _ = table.index(of: key, inserting: key) }
        table.removeAll()
        XCTAssertEqual(table.count, 0)
        XCTAssertTrue(table.index(of: 5, inserting: 1) == (0, true))
        XCTAssertTrue(table.index(of: 99, inserting: 2) == (1, true))
        XCTAssertEqual(table.values, [1, 2])
    }
}
