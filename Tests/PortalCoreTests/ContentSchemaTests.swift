import Foundation
import XCTest
@testable import PortalCore

/// The schema files editors read are generated from the field catalog and committed.
final class ContentSchemaTests: XCTestCase {
    func testCommittedSchemaFilesAreUpToDate() throws {
        let folder = SiteFixture.repository.appendingPathComponent("schema")
        let files = ContentSchema.files()
        XCTAssertEqual(Set(files.map(\.name)), ["story.json", "exemplar.json", "plan.json", "decision.json", "portal.json"])
        for file in files {
            let committed = try? String(contentsOf: folder.appendingPathComponent(file.name), encoding: .utf8)
            XCTAssertEqual(committed, file.contents, "schema/\(file.name) is stale: run `.build/debug/portal schema` and commit it")
        }
        let extra = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).subtracting(files.map(\.name))
        XCTAssertEqual(extra, [], "schema/ holds files the generator no longer writes")
    }

    func testAPlanNeedsIssuedOrYearAndUnknownFieldsAreMarked() throws {
        let text = try XCTUnwrap(ContentSchema.files().first { $0.name == "plan.json" }?.contents)
        let plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(plan["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(plan["required"] as? [String], ["issuer", "title"])
        XCTAssertEqual((plan["anyOf"] as? [[String: [String]]])?.map { $0["required"] ?? [] }, [["issued"], ["year"]])
        XCTAssertEqual(plan["additionalProperties"] as? Bool, false)
    }

    func testJSONStringsAreEscapedAndVietnameseKeptAsItIs() {
        XCTAssertEqual(JSONValue.string("Tiêu \"đề\"\\\n\u{1}").rendered(), #""Tiêu \"đề\"\\\n\u0001""#)
    }
}
