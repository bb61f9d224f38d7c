import CFileSystem
import Foundation

/// A published folder changed file by file, for `portal serve` after an edit: each file is written
/// beside its place and renamed over it, so a reader gets the old page or the new one, never half.
/// (A build for the host swaps the whole folder instead: see `StagingFolder`.)
final class InPlaceFolder: PageSink, @unchecked Sendable {
    let root: URL

    init(root: URL) {
        self.root = root
    }

    func write(_ page: Page) throws {
        let url = root.appendingPathComponent(page.path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        let written = portal_make_directories(folder) == 0
            && page.contents.withUnsafeBytes { portal_write_file(temporary, $0.baseAddress, $0.count) } == 0
            && rename(temporary, url.path) == 0
        guard written else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StagingFolder.Failure(description: "Không ghi được \(page.path): \(reason)")
        }
    }

    /// Writes only a file whose bytes differ: a search index rebuilt after an edit differs from
    /// the last in a few of its thousands of files. True when it wrote.
    @discardableResult
    func writeIfChanged(_ page: Page) throws -> Bool {
        if FileManager.default.contents(atPath: root.appendingPathComponent(page.path).path) == page.contents { return false }
        try write(page)
        return true
    }

    /// Removes a page and its folder when that is left empty (`chu-de/x/trang-2/`).
    func remove(_ path: String) {
        let url = root.appendingPathComponent(path)
        unlink(url.path)
        rmdir(url.deletingLastPathComponent().path)
    }
}
