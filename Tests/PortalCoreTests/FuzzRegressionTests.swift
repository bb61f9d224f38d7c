import Foundation
import XCTest
import PortalCore

/// The fuzz targets' checks, run as tests on the inputs kept in `fuzz/`: the seeds, and every input
/// that once made a target fail (`fuzz/regressions/<target>/`), through the very same entry point.
final class FuzzRegressionTests: XCTestCase {
    func testEveryInputThatOnceFailedAFuzzTargetKeepsItsPromisesNow() throws {
        let inputs = try kept(in: "fuzz/regressions")
        XCTAssertFalse(inputs.isEmpty, "no inputs under fuzz/regressions/")
        for (target, name, input) in inputs {
            XCTAssertEqual(target.brokenPromises(input), [], name)
        }
    }

    func testTheSeedCorpusKeepsItsPromises() throws {
        let inputs = try kept(in: "fuzz/corpus")
        XCTAssertEqual(Set(inputs.map(\.target)), Set(FuzzTarget.allCases), "every target has seeds")
        for (target, name, input) in inputs {
            XCTAssertEqual(target.brokenPromises(input), [], name)
        }
    }

    /// Each file of `folder/<target>/`, with its target and its path for messages.
    private func kept(in folder: String) throws -> [(target: FuzzTarget, name: String, input: Data)] {
        try FuzzTarget.allCases.flatMap { target in
            let url = SiteFixture.repository.appendingPathComponent("\(folder)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return try names.filter { !$0.hasPrefix(".") }.sorted().map { name in
                (target, "\(folder)/\(target.rawValue)/\(name)", try Data(contentsOf: url.appendingPathComponent(name)))
            }
        }
    }
}
