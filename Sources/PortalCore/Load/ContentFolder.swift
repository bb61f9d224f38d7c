import Foundation

/// The files of a site's source folder, listed once, in a stable order.
struct ContentFolder {
    let root: URL

    /// Relative paths (`content/plans/x.md`) of the regular files directly in `folder`, sorted;
    /// links that lead outside the site are reported, not followed.
    func files(in folder: String, log: DiagnosticLog) -> [String] {
        let directory = root.appendingPathComponent(folder).path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        // One `lstat` per file, on a path joined as text: most are plain files, and only a link needs
        // its target looked at. (Through URLs and FileManager, listing a city's 16,000 record files
        // took a twentieth of loading, on one core.)
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
            let path = "\(folder)/\(name)"
            var status = stat()
            guard lstat("\(directory)/\(name)", &status) == 0 else { return nil }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return path
            case S_IFLNK: return !refusesLinkOutside(path, log: log) && isRegularFile(path) ? path : nil
            // A folder, or a pipe or device that reading would block on or never finish.
            default: return nil
            }
        }
    }

    /// True, with an error at `path`, when `path` is a symbolic link whose target is outside the site:
    /// a link could otherwise publish any file the build can read (`/etc/passwd`, another site's notes).
    func refusesLinkOutside(_ path: String, log: DiagnosticLog) -> Bool {
        let full = url(path)
        // `lstat` rather than `attributesOfItem`, which fills a dictionary of every attribute (dates,
        // owner, size …) for the one asked.
        var status = stat()
        guard lstat(full.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return false }
        let target = full.resolvingSymlinksInPath().path
        guard !target.hasPrefix(root.resolvingSymlinksInPath().path + "/") else { return false }
        log.error("Liên kết tượng trưng trỏ ra ngoài thư mục trang (\(target)) nên bị từ chối. Hãy chép tệp vào thư mục trang.",
                  at: SourceLocation(file: path))
        return true
    }

    /// Every file below `folder`, relative to it, sorted; links that lead outside the site are reported, not followed.
    func allFiles(below folder: String, log: DiagnosticLog) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            if refusesLinkOutside("\(folder)/\(relative)", log: log) { continue }
            if isRegularFile("\(folder)/\(relative)") { found.append(relative) }
        }
        return found.sorted()
    }

    /// `allFiles(below:)` with each file's size, read once here so pages can state it.
    func inventory(below folder: String, log: DiagnosticLog) -> [String: MediaFile] {
        var files: [String: MediaFile] = [:]
        for relative in allFiles(below: folder, log: log) {
            // Resolved first: a link inside the site counts as the file it points to.
            let path = url("\(folder)/\(relative)").resolvingSymlinksInPath().path
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
            files[relative] = MediaFile(bytes: size?.intValue ?? 0)
        }
        return files
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    private func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
