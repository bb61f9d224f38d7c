import Foundation

/// Everything read from a site's source folder, each record checked on its own;
/// references between records are checked later, by `Resolver`.
public struct LoadedContent: Sendable {
    public var config: SiteConfig?
    public var plans: [Plan] = []
    public var decisions: [Decision] = []
    public var exemplars: [Exemplar] = []
    public var stories: [Story] = []
    /// Every file under `content/media/`, by its path relative to it.
    public var mediaFiles: [String: MediaFile] = [:]
    /// Ids of record files that exist but could not be read (already reported), so references
    /// to them are not reported a second time as unknown.
    public var unreadableIDs: Set<String> = []
    public var diagnostics: [Diagnostic] = []
}

/// Load — the first stage: files in, plain records and diagnostics out.
public enum ContentLoader {
    public static func load(from root: URL) -> LoadedContent {
        let log = DiagnosticLog()
        let folder = ContentFolder(root: root)
        var content = LoadedContent()

        if folder.exists("portal.yaml"), let source = SourceText.read(folder.url("portal.yaml"), as: "portal.yaml", log: log) {
            content.config = ConfigLoader.load(source, log: log)
        } else if !folder.exists("portal.yaml") {
            log.error("Không thấy tệp portal.yaml ở \(root.path). Chạy lệnh trong thư mục của trang, hoặc chỉ rõ bằng `--source THƯ_MỤC`.",
                      at: SourceLocation(file: "portal.yaml"))
        }
        if !folder.exists("content") {
            log.error("Không thấy thư mục content/. Tạo nội dung đầu tiên bằng `portal new story \"Tiêu đề\"`.",
                      at: SourceLocation(file: "content"))
        }

        var unreadable: Set<String> = []
        content.plans = records(in: "content/plans", ext: "md", folder: folder, log: log, unreadable: &unreadable, load: PlanLoader.load)
        content.exemplars = records(in: "content/exemplars", ext: "md", folder: folder, log: log, unreadable: &unreadable, load: ExemplarLoader.load)
        content.stories = records(in: "content/stories", ext: "md", folder: folder, log: log, unreadable: &unreadable, load: StoryLoader.load)
        content.decisions = decisions(folder: folder, log: log, unreadable: &unreadable)
        content.unreadableIDs = unreadable
        content.mediaFiles = folder.inventory(below: "content/media", log: log)
        content.diagnostics = log.entries
        return content
    }

    /// What loading one file gave: the record (nil when unreadable) and its own diagnostics, so
    /// files can be read on every core and their problems merged in a stable order.
    private struct FileResult<Record: Sendable>: Sendable {
        var record: Record?
        var diagnostics: [Diagnostic]
        var csvFiles: [String] = []
    }

    private static func records<Record: Sendable>(in directory: String, ext: String, folder: ContentFolder, log: DiagnosticLog,
                                                  unreadable: inout Set<String>,
                                                  load: @escaping @Sendable (SourceText, String, DiagnosticLog) -> Record?) -> [Record] {
        let paths = folder.files(in: directory, log: log)
        for path in paths where !path.hasSuffix(".\(ext)") {
            log.warning("Tệp này bị bỏ qua: thư mục \(directory)/ chỉ đọc các tệp .\(ext).", at: SourceLocation(file: path))
        }
        let results = paths.filter { $0.hasSuffix(".\(ext)") }.concurrentMap { path in
            record(at: path, folder: folder, load: load)
        }
        return zip(paths.filter { $0.hasSuffix(".\(ext)") }, results).compactMap { path, result in
            log.append(contentsOf: result.diagnostics)
            if result.record == nil { unreadable.insert(id(of: path)) }
            return result.record
        }
    }

    private static func record<Record: Sendable>(at path: String, folder: ContentFolder,
                                                 load: (SourceText, String, DiagnosticLog) -> Record?) -> FileResult<Record> {
        let fileLog = DiagnosticLog()
        let record = SourceText.read(folder.url(path), as: path, log: fileLog).flatMap { load($0, id(of: path), fileLog) }
        return FileResult(record: record, diagnostics: fileLog.entries)
    }

    /// One story file read again (a preview after an edit): the story, nil when it cannot be
    /// read, and the file's own diagnostics.
    static func story(at path: String, root: URL) -> (story: Story?, diagnostics: [Diagnostic]) {
        let result = record(at: path, folder: ContentFolder(root: root), load: StoryLoader.load)
        return (result.record, result.diagnostics)
    }

    private static func decisions(folder: ContentFolder, log: DiagnosticLog, unreadable: inout Set<String>) -> [Decision] {
        let directory = "content/honours"
        let paths = folder.files(in: directory, log: log)
        let yamlPaths = paths.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let results = yamlPaths.concurrentMap { path -> FileResult<Decision> in
            let fileLog = DiagnosticLog()
            var csvFiles: [String] = []
            guard let source = SourceText.read(folder.url(path), as: path, log: fileLog) else {
                return FileResult(record: nil, diagnostics: fileLog.entries)
            }
            let decision = DecisionLoader.load(source, id: id(of: path), log: fileLog) { name in
                let csvPath = "\(directory)/\(name)"
                guard folder.exists(csvPath) else { return nil }
                csvFiles.append(csvPath)
                return SourceText.read(folder.url(csvPath), as: csvPath, log: fileLog)
            }
            return FileResult(record: decision, diagnostics: fileLog.entries, csvFiles: csvFiles)
        }
        var usedCSV: Set<String> = []
        let decisions = zip(yamlPaths, results).compactMap { path, result -> Decision? in
            log.append(contentsOf: result.diagnostics)
            usedCSV.formUnion(result.csvFiles)
            if result.record == nil { unreadable.insert(id(of: path)) }
            return result.record
        }
        for path in paths where !(path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !usedCSV.contains(path) {
            let hint = path.hasSuffix(".csv") ? "không quyết định nào ghi `awards_csv` tới tệp này" : "thư mục chỉ đọc tệp .yaml và .csv"
            log.warning("Tệp này bị bỏ qua: \(hint).", at: SourceLocation(file: path))
        }
        return decisions
    }

    /// A record's id is its file name without the extension.
    static func id(of path: String) -> String {
        // As text: through NSString, a city's 16,000 file names took a fiftieth of loading.
        // (Only `.md`, `.yaml` and `.yml` files get here: the name has an extension to drop.)
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }
}
