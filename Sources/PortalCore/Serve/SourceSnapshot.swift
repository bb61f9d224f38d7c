import CFileSystem
import Foundation

/// What the preview server watches — `portal.yaml`, `content/` and `templates/` — as each file's
/// size, modification time and inode. Two snapshots differ when a file was saved, added, removed
/// or replaced (editors often save by renaming a new file over the old one).
///
/// Walks with `readdir` and `fstatat` in C: Foundation's enumerator and URLs took a quarter of a
/// second over a city's 16,000 content files.
struct SourceSnapshot: Equatable {
    fileprivate struct Stamp: Equatable {
        let size: Int
        let modified: Int
        let inode: Int
    }

    fileprivate var stamps: [String: Stamp] = [:]
    /// Every folder walked, relative to the root: what a `FolderWatcher` watches.
    private(set) var folders: [String] = []

    static let watched = ["portal.yaml", "content", "templates"]

    static func == (lhs: SourceSnapshot, rhs: SourceSnapshot) -> Bool { lhs.stamps == rhs.stamps }

    static func take(of root: URL) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        for top in watched { snapshot.walk(top, in: root) }
        return snapshot
    }

    /// Adds what is at or below `relative` now.
    private mutating func walk(_ relative: String, in root: URL) {
        withUnsafeMutablePointer(to: &self) { pointer in
            _ = portal_walk_files(root.path, relative, { context, relative, size, modified, inode in
                guard let context, let relative else { return }
                let snapshot = context.assumingMemoryBound(to: SourceSnapshot.self)
                if size < 0 {
                    snapshot.pointee.folders.append(String(cString: relative))
                } else {
                    snapshot.pointee.stamps[String(cString: relative)] = Stamp(size: Int(size), modified: Int(modified), inode: Int(inode))
                }
            }, pointer)
        }
    }

    /// The files that differ between two snapshots, for the terminal line that says what changed.
    func changes(since earlier: SourceSnapshot) -> [String] {
        Set(stamps.keys).union(earlier.stamps.keys).filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }

    /// Looks again only at `paths` (files or folders a watcher named) and what is below them;
    /// returns the files that changed, and the folders that are new. A file an editor made and
    /// removed again between two looks (vim's `4913`, a `.swp`) is no change.
    mutating func refresh(_ paths: Set<String>, in root: URL) -> (changed: [String], newFolders: [String]) {
        let relevant = paths.filter { path in Self.watched.contains { path == $0 || path.hasPrefix($0 + "/") } }
        var fresh = SourceSnapshot()
        relevant.forEach { fresh.walk($0, in: root) }
        var changed: [String] = []
        let known = Set(folders)
        for path in relevant {
            // A file is one lookup; only a folder needs the files below it.
            let below = path + "/"
            let isFolder = known.contains(path) || fresh.folders.contains(path)
            let keys = isFolder ? Set(stamps.keys.filter { $0.hasPrefix(below) } + fresh.stamps.keys.filter { $0.hasPrefix(below) }) : [path]
            for key in keys where stamps[key] != fresh.stamps[key] {
                changed.append(key)
                stamps[key] = fresh.stamps[key]
            }
        }
        let newFolders = fresh.folders.filter { !known.contains($0) }
        folders += newFolders
        return (Array(Set(changed)).sorted(), newFolders)
    }
}
