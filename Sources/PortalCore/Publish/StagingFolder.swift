import CFileSystem
import Foundation

/// Publish — the last stage: pages are written, as they are rendered, into a staging folder beside
/// the output; media are copied; then the staging folder is swapped in with one atomic rename. A
/// reader (or a killed build) sees the old site or the new one, never a mixture; stale files never
/// survive. A build with an error discards the staging folder and the old site stays as it was.
/// The previous site is moved aside and removed in the background: deleting a city's tens of
/// thousands of files waits on the disk for seconds, and nobody needs to wait for it.
public final class StagingFolder: PageSink, @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let output: URL
    let staging: URL
    private let stagingPath: String
    private let lock: BuildLock
    private let fileManager = FileManager.default
    private let madeFolders = Locked<Set<String>>([])
    /// Where a previous site or a killed build's folder goes to be removed: `.public.trash-…`.
    private let trashPrefix: String

    /// Takes the output's lock, clears staging folders left by killed builds, makes a new one.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        try Self.refuseSourceFolder(self.output)
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try BuildLock(at: parent.appendingPathComponent(".\(name).lock"))
        let prefix = ".\(name).staging-"
        trashPrefix = ".\(name).trash-"
        for leftover in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        where leftover.hasPrefix(prefix) || leftover.hasPrefix(trashPrefix) {
            Self.removeInBackground(parent.appendingPathComponent(leftover), trash: parent.appendingPathComponent(trashPrefix))
        }
        staging = parent.appendingPathComponent("\(prefix)\(ProcessInfo.processInfo.processIdentifier)")
        stagingPath = staging.path
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            lock.release()
            throw Failure(description: "Không tạo được thư mục tạm \(staging.path): \(error.localizedDescription)")
        }
    }

    public func write(_ page: Page) throws {
        // Joined as text: Foundation's URL percent-encodes and parses each of a city's 20,000 paths
        // twice, and a page's path is plain relative folders and a file name (`Routes.path`).
        let path = stagingPath + "/" + page.path
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if madeFolders.withLock({ !$0.contains(folder) }) {
            guard portal_make_directories(folder) == 0 else {
                throw Failure(description: "Không tạo được thư mục \(folder): \(String(cString: strerror(errno)))")
            }
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        let status = page.contents.withUnsafeBytes { portal_write_file(path, $0.baseAddress, $0.count) }
        guard status == 0 else {
            throw Failure(description: "Không ghi được \(page.path): \(String(cString: strerror(errno))) (ổ đĩa đầy hoặc không có quyền ghi?)")
        }
    }

    /// Copies `content/media/` files (paths relative to `root`) into `media/`.
    public func copyMedia(_ media: [String], from root: URL) throws {
        for path in media {
            let destination = staging.appendingPathComponent("media").appendingPathComponent(path)
            do {
                try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: root.appendingPathComponent(path), to: destination)
            } catch {
                throw Failure(description: "Không chép được tệp content/media/\(path): \(error.localizedDescription)")
            }
        }
    }

    /// Swaps the staging folder in: in one step where the kernel can exchange two paths;
    /// otherwise two renames, which leave a moment with no output but never a mixed one.
    public func publish() throws {
        defer { lock.release() }
        do {
            if !fileManager.fileExists(atPath: output.path) {
                try rename(staging, to: output)
            } else if portal_exchange_paths(staging.path, output.path) == 0 {
                // The staging path now holds the previous site.
                Self.removeInBackground(staging, trash: trash)
            } else {
                let old = staging.appendingPathExtension("old")
                try rename(output, to: old)
                try rename(staging, to: output)
                Self.removeInBackground(old, trash: trash)
            }
        } catch {
            Self.removeTree(staging)
            throw error
        }
    }

    /// Drops everything written; the published site is untouched.
    public func discard() {
        Self.removeTree(staging)
        lock.release()
    }

    /// Foundation's `removeItem` takes seconds for a site of ten thousand pages; nftw takes a blink.
    static func removeTree(_ url: URL) {
        _ = portal_remove_tree(url.path)
    }

    private var trash: URL { staging.deletingLastPathComponent().appendingPathComponent(trashPrefix) }

    /// Renames `folder` to a new name starting with `trash` (so a build with the same process id
    /// never meets it), then removes it in the background; at once if that cannot start.
    private static func removeInBackground(_ folder: URL, trash: URL) {
        let unique = trash.path + "\(ProcessInfo.processInfo.processIdentifier)-\(DispatchTime.now().uptimeNanoseconds)"
        let target = folder.path.hasPrefix(trash.path) || Foundation.rename(folder.path, unique) != 0 ? folder.path : unique
        if portal_remove_tree_in_background(target) != 0 { _ = portal_remove_tree(target) }
    }

    private func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw Failure(description: "Không đổi tên được \(from.path) thành \(to.path): \(String(cString: strerror(errno)))")
        }
    }

    /// `--output .` would replace the site's own sources with the built pages.
    private static func refuseSourceFolder(_ output: URL) throws {
        for marker in ["portal.yaml", "content", "Package.swift", ".git"]
        where FileManager.default.fileExists(atPath: output.appendingPathComponent(marker).path) {
            throw Failure(description: "Thư mục đầu ra \(output.path) chứa \(marker): không ghi đè lên thư mục nguồn. Chọn thư mục khác, ví dụ public/.")
        }
    }
}
