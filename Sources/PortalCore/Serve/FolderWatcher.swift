import CFileSystem
import Foundation

/// Tells the preview server which files changed as soon as they are saved (Linux inotify), so it
/// neither waits for a poll nor walks a city's 16,000 files ten times a second. Nil where the
/// kernel has no inotify or a folder cannot be watched (too many folders for the user's limit):
/// the server then polls with `SourceSnapshot`.
final class FolderWatcher: @unchecked Sendable {
    private let root: URL
    private let watcher: Int32
    /// Watch number → the folder it watches, relative to the root ("" for the root).
    private var folders: [Int32: String] = [:]

    init?(root: URL, folders: [String]) {
        self.root = root
        watcher = portal_watch_open()
        guard watcher >= 0 else { return nil }
        guard add([""] + folders) else {
            close(watcher)
            return nil
        }
    }

    deinit { close(watcher) }

    /// Starts watching more folders (new ones the snapshot found). False if one cannot be.
    @discardableResult
    func add(_ relative: [String]) -> Bool {
        for folder in relative {
            let watch = portal_watch_add(watcher, folder.isEmpty ? root.path : root.appendingPathComponent(folder).path)
            guard watch >= 0 else { return false }
            folders[watch] = folder
        }
        return true
    }

    struct Changes {
        /// Files and folders named by the events, relative to the root.
        var paths: Set<String> = []
        /// The kernel dropped events: everything must be looked at again.
        var overflow = false
    }

    /// Waits up to `milliseconds` for changes; then, since a save is often several steps (write
    /// a temporary file, rename it over the old one), takes those that follow within `settle`.
    func wait(milliseconds: Int32, settle: Int32 = 5) -> Changes {
        var changes = Changes()
        guard read(timeout: milliseconds, into: &changes) > 0 else { return changes }
        while read(timeout: settle, into: &changes) > 0 {}
        return changes
    }

    private struct Context {
        let folders: [Int32: String]
        var changes: Changes
    }

    private func read(timeout: Int32, into changes: inout Changes) -> Int32 {
        var context = Context(folders: folders, changes: changes)
        let count = portal_watch_wait(watcher, timeout, { pointer, watch, name, _, overflow in
            guard let pointer, let name else { return }
            let context = pointer.assumingMemoryBound(to: Context.self)
            if overflow != 0 { context.pointee.changes.overflow = true }
            guard let folder = context.pointee.folders[watch] else { return }
            let entry = String(cString: name)
            context.pointee.changes.paths.insert(folder.isEmpty ? entry : entry.isEmpty ? folder : "\(folder)/\(entry)")
        }, &context)
        changes = context.changes
        return count
    }
}
