import XCTest
@testable import PortalCore

/// How problems reach a person or a script: JSON diagnostics, and "did you mean" hints.
final class ReportingTests: XCTestCase {
    func testDiagnosticsAsJSONAreSortedObjectsWithTheFiveFields() {
        let diagnostics = [
            Diagnostic(file: "b.md", line: 2, column: 1, severity: .warning, message: "x"),
            Diagnostic(file: "a.md", line: 9, column: 3, severity: .error, message: "`y` \"z\""),
        ]
        XCTAssertEqual(diagnostics.json, """
        [
          {
            "file": "a.md",
            "line": 9,
            "column": 3,
            "severity": "error",
            "message": "`y` \\"z\\""
          },
          {
            "file": "b.md",
            "line": 2,
            "column": 1,
            "severity": "warning",
            "message": "x"
          }
        ]

        """)
        XCTAssertEqual([Diagnostic]().json, "[]\n")
    }

    func testNearestNameForgivesTwoSwappedLetters() {
        XCTAssertEqual(NearestName.find("bulid", among: ["new", "serve", "build", "check"]), "build")
        XCTAssertEqual(NearestName.find("tittle", among: ["title", "date"]), "title")
        XCTAssertNil(NearestName.find("xyz", among: ["title", "date"]))
    }
}
