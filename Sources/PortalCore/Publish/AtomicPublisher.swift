import CAtomicRename
import Foundation

/// Publish — the last stage: writes the pages into a staging folder beside the output, copies
/// the media, then swaps the staging folder in with one atomic rename. A reader (or a killed
/// build) sees the old site or the new one, never a mixture; stale files never survive.
public struct AtomicPublisher {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let output: URL
    private let fileManager = FileManager.default

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    private var parent: URL { output.deletingLastPathComponent() }
    private var name: String { output.lastPathComponent }
    private var stagingPrefix: String { ".\(name).staging-" }

    /// Publishes `pages` and the media files (paths under `mediaRoot`) as the new output;
    /// `progress` hears (files written, files in all) as it goes.
    public func publish(_ pages: [Page], media: [String], from mediaRoot: URL, progress: ((Int, Int) -> Void)? = nil) throws {
        try refuseSourceFolder()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try BuildLock(at: parent.appendingPathComponent(".\(name).lock"))
        defer { lock.release() }
        removeStaleStaging()

        let staging = parent.appendingPathComponent("\(stagingPrefix)\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            let total = pages.count + media.count
            try write(pages, into: staging) { progress?($0, total) }
            try copy(media, from: mediaRoot, into: staging.appendingPathComponent("media")) { progress?(pages.count + $0, total) }
            try swapIn(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    private func write(_ pages: [Page], into staging: URL, written: (Int) -> Void) throws {
        var made: Set<String> = []
        for (number, page) in pages.enumerated() {
            if number % 100 == 0 { written(number) }
            let url = staging.appendingPathComponent(page.path)
            let folder = url.deletingLastPathComponent().path
            if !made.contains(folder) {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                made.insert(folder)
            }
            do {
                try page.contents.write(to: url)
            } catch {
                throw Failure(description: "Không ghi được \(page.path): \(error.localizedDescription) (ổ đĩa đầy hoặc không có quyền ghi?)")
            }
        }
    }

    private func copy(_ media: [String], from root: URL, into target: URL, copied: (Int) -> Void) throws {
        for (number, path) in media.enumerated() {
            if number % 20 == 0 { copied(number) }
            let destination = target.appendingPathComponent(path)
            try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try fileManager.copyItem(at: root.appendingPathComponent(path), to: destination)
            } catch {
                throw Failure(description: "Không chép được tệp content/media/\(path): \(error.localizedDescription)")
            }
        }
    }

    /// Exchanges staging and output in one step where the kernel can; otherwise two renames,
    /// which leave a moment with no output but never a mixed one.
    private func swapIn(_ staging: URL) throws {
        guard fileManager.fileExists(atPath: output.path) else {
            try rename(staging, to: output)
            return
        }
        if portal_exchange_paths(staging.path, output.path) != 0 {
            let old = parent.appendingPathComponent("\(stagingPrefix)old-\(ProcessInfo.processInfo.processIdentifier)")
            try rename(output, to: old)
            try rename(staging, to: output)
            try? fileManager.removeItem(at: old)
            return
        }
        // After the exchange the staging path holds the previous site.
        try? fileManager.removeItem(at: staging)
    }

    private func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw Failure(description: "Không đổi tên được \(from.path) thành \(to.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Staging folders left by a killed build; safe to remove while we hold the lock.
    private func removeStaleStaging() {
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(stagingPrefix) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// `--output .` would replace the site's own sources with the built pages.
    private func refuseSourceFolder() throws {
        for marker in ["portal.yaml", "content", "Package.swift", ".git"]
        where fileManager.fileExists(atPath: output.appendingPathComponent(marker).path) {
            throw Failure(description: "Thư mục đầu ra \(output.path) chứa \(marker): không ghi đè lên thư mục nguồn. Chọn thư mục khác, ví dụ public/.")
        }
    }
}
