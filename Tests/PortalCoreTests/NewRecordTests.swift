import Foundation
import XCTest
@testable import PortalCore

/// `portal new`: a file a press officer fills in, that the checker accepts as it comes.
final class NewRecordTests: XCTestCase {
    let today = Day(iso: "2025-03-08")!

    func testEveryKindMakesAFileThatCheckAcceptsWithoutProblems() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for kind in ContentKind.allCases {
            let outcome = Portal.newRecord(kind, title: "Tiêu đề: \"thử\" #1 của \(kind.displayName)", source: fixture.root, today: today)
            guard case .created(let path) = outcome else { return XCTFail("\(kind): \(outcome)") }
            XCTAssertTrue(path.hasPrefix("content/\(kind.folder)/2025-03-08-tieu-de-thu-1-cua-"), path)
            XCTAssertTrue(path.hasSuffix(kind == .decision ? ".yaml" : ".md"), path)
        }
        let check = Portal.check(source: fixture.root, today: today)
        XCTAssertEqual(check.diagnostics, [], check.diagnostics.report)
        XCTAssertEqual(check.site?.stories.count, 2)
        XCTAssertEqual(check.site?.stories.first { $0.id.hasPrefix("2025") }?.title, "Tiêu đề: \"thử\" #1 của tin bài")
        XCTAssertEqual(check.site?.plans.first { $0.id.hasPrefix("2025") }?.issuer, "Ủy ban nhân dân phường Thử")
    }

    func testNewRefusesToOverwriteAnExistingFile() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        guard case .created(let path) = Portal.newRecord(.story, title: "Tin", source: fixture.root, today: today) else {
            return XCTFail("not created")
        }
        try fixture.write(path, Data("đã sửa".utf8))
        guard case .refused(let reason) = Portal.newRecord(.story, title: "Tin", source: fixture.root, today: today) else {
            return XCTFail("overwrote")
        }
        XCTAssertTrue(reason.contains("không ghi đè"), reason)
        XCTAssertEqual(try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8), "đã sửa")
    }

    func testNewOutsideASiteFolderWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .refused(let reason) = Portal.newRecord(.story, title: "Tin", source: folder, today: today) else {
            return XCTFail("created")
        }
        XCTAssertTrue(reason.contains("portal.yaml"), reason)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testATitleWithNoLetterIsRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        XCTAssertEqual(Portal.newRecord(.plan, title: " … !", source: fixture.root, today: today),
                       .refused("Tiêu đề cần có ít nhất một chữ cái hoặc chữ số để đặt tên tệp, ví dụ `portal new plan \"Tin thi đua tháng 3\"`."))
    }

    func testEveryFieldIsInTheNewFileAndItPointsAtItsSchema() throws {
        for kind in ContentKind.allCases {
            let record = try XCTUnwrap(NewRecord(kind: kind, title: "Tin", today: today, issuer: nil))
            XCTAssertTrue(record.text.contains("# yaml-language-server: $schema=../../schema/\(kind.rawValue).json\n"))
            for field in kind.fields {
                let lines = record.text.split(separator: "\n")
                XCTAssertTrue(lines.contains { $0.hasPrefix("\(field.name): ") || $0.hasPrefix("# \(field.name): ") },
                              "\(kind): no line for `\(field.name)`")
            }
        }
    }

    /// Each example, uncommented, is a field the loader reads: the catalog names no field the
    /// loaders would warn about as unknown.
    func testEveryCatalogFieldIsOneTheLoaderReads() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for kind in ContentKind.allCases {
            let record = try XCTUnwrap(NewRecord(kind: kind, title: "Tin", today: today, issuer: nil))
            let names = Set(kind.fields.map(\.name))
            var lines = record.text.components(separatedBy: "\n")
            let present = Set(lines.compactMap { $0.split(separator: ":").first.map(String.init) }.filter(names.contains))
            lines = lines.map { line in
                guard line.hasPrefix("# "), let name = line.dropFirst(2).split(separator: ":").first.map(String.init),
                      names.contains(name), !present.contains(name) else { return line }
                return String(line.dropFirst(2))
            }
            try fixture.write(record.path, Data(lines.joined(separator: "\n").utf8))
        }
        let unknown = Portal.check(source: fixture.root, today: today).diagnostics.filter { $0.message.contains("không được dùng") }
        XCTAssertEqual(unknown, [], unknown.report)
    }
}
