import Foundation
import XCTest
@testable import PortalCore

final class ContentFolderTests: XCTestCase {
    /// A socket (or a pipe) named like a record is not a file to read: opening it fails or never
    /// ends. It is left out of the folder's records like a sub-folder, and nothing is reported.
    func testASocketNamedLikeAStoryIsLeftOutNotRead() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let socketPath = site.root.appendingPathComponent("content/stories/o-cam.md").path
        let socket = try Self.bindUnixSocket(at: socketPath)
        defer { close(socket) }

        let loaded = ContentLoader.load(from: site.root)

        XCTAssertEqual(loaded.stories.map(\.id), ["tin"])
        XCTAssertEqual(loaded.diagnostics.filter { $0.file.hasPrefix("content/stories") }, [])
    }

    func testRecordIDsAreFileNamesWithoutTheirExtension() {
        XCTAssertEqual(ContentLoader.id(of: "content/plans/2024-ke-hoach.md"), "2024-ke-hoach")
        XCTAssertEqual(ContentLoader.id(of: "content/honours/qd.so.12.yaml"), "qd.so.12")
        XCTAssertEqual(ContentLoader.id(of: "tin.md"), "tin")
    }

    private static func bindUnixSocket(at path: String) throws -> Int32 {
        let descriptor = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw POSIXError(.ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(descriptor); throw POSIXError(.EIO) }
        return descriptor
    }
}
