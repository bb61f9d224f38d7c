import Foundation
import XCTest
@testable import PortalCore

/// Builds the sample site and compares every output file with `Tests/Golden/`.
/// Regenerate on purpose only: `make golden`, then review `git diff Tests/Golden`.
final class GoldenSiteTests: XCTestCase {
    static let today = Day(iso: "2024-03-15")!

    func testSampleSiteMatchesTheGoldenFilesByteForByte() throws {
        let repository = SiteFixture.repository
        let golden = repository.appendingPathComponent("Tests/Golden")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("portal-golden-\(UUID().uuidString)/public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }

        let outcome = Portal.build(.init(source: repository, output: output, today: Self.today))
        XCTAssertFalse(outcome.failed, outcome.diagnostics.report)

        let expected = try Self.files(under: golden)
        let actual = try Self.files(under: output)
        XCTAssertEqual(actual.subtracting(expected).sorted(), [], "files missing from Tests/Golden (run `make golden`)")
        XCTAssertEqual(expected.subtracting(actual).sorted(), [], "golden files the build no longer writes")
        for path in expected.intersection(actual).sorted() {
            let want = try Data(contentsOf: golden.appendingPathComponent(path))
            let got = try Data(contentsOf: output.appendingPathComponent(path))
            if want != got {
                XCTFail("\(path) differs from its golden file:\n" + Self.unifiedDiff(golden.appendingPathComponent(path), output.appendingPathComponent(path)))
            }
        }
    }

    static func files(under root: URL) throws -> Set<String> {
        let walker = FileManager.default.enumerator(atPath: root.path)
        var files: Set<String> = []
        while let path = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.insert(path)
            }
        }
        return files
    }

    /// `diff -u`, so a reviewer sees exactly which lines changed.
    static func unifiedDiff(_ a: URL, _ b: URL) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", a.path, b.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return "(diff unavailable: \(error))" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data.prefix(20_000), as: UTF8.self)
    }
}
