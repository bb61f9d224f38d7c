import Foundation

/// The files of a site's source folder, listed once, in a stable order.
struct ContentFolder {
    let root: URL

    /// Relative paths (`content/plans/x.md`) of the regular files directly in `folder`, sorted.
    func files(in folder: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
            .filter { isRegularFile($0) }
    }

    /// Every file below `folder`, relative to it, sorted; links that lead outside the site are reported, not followed.
    func allFiles(below folder: String, log: DiagnosticLog) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        let siteRoot = root.resolvingSymlinksInPath().path + "/"
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            let full = base.appendingPathComponent(relative)
            let attributes = try? FileManager.default.attributesOfItem(atPath: full.path)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
                let target = full.resolvingSymlinksInPath().path
                if !target.hasPrefix(siteRoot) {
                    log.error("Liên kết tượng trưng trỏ ra ngoài thư mục trang (\(target)) nên bị từ chối. Hãy chép tệp vào content/media/.",
                              at: SourceLocation(file: "\(folder)/\(relative)"))
                    continue
                }
            }
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
