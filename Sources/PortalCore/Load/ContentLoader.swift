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

    private static func records<Record>(in directory: String, ext: String, folder: ContentFolder, log: DiagnosticLog,
                                        unreadable: inout Set<String>,
                                        load: (SourceText, String, DiagnosticLog) -> Record?) -> [Record] {
        folder.files(in: directory).compactMap { path in
            guard path.hasSuffix(".\(ext)") else {
                log.warning("Tệp này bị bỏ qua: thư mục \(directory)/ chỉ đọc các tệp .\(ext).", at: SourceLocation(file: path))
                return nil
            }
            let record = SourceText.read(folder.url(path), as: path, log: log).flatMap { load($0, id(of: path), log) }
            if record == nil { unreadable.insert(id(of: path)) }
            return record
        }
    }

    private static func decisions(folder: ContentFolder, log: DiagnosticLog, unreadable: inout Set<String>) -> [Decision] {
        let directory = "content/honours"
        let paths = folder.files(in: directory)
        var usedCSV: Set<String> = []
        var failed: Set<String> = []
        let decisions = paths.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.compactMap { path -> Decision? in
            guard let source = SourceText.read(folder.url(path), as: path, log: log) else { failed.insert(id(of: path)); return nil }
            let decision = DecisionLoader.load(source, id: id(of: path), log: log) { name in
                let csvPath = "\(directory)/\(name)"
                guard folder.exists(csvPath) else { return nil }
                usedCSV.insert(csvPath)
                return SourceText.read(folder.url(csvPath), as: csvPath, log: log)
            }
            if decision == nil { failed.insert(id(of: path)) }
            return decision
        }
        unreadable.formUnion(failed)
        for path in paths where !(path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !usedCSV.contains(path) {
            let hint = path.hasSuffix(".csv") ? "không quyết định nào ghi `awards_csv` tới tệp này" : "thư mục chỉ đọc tệp .yaml và .csv"
            log.warning("Tệp này bị bỏ qua: \(hint).", at: SourceLocation(file: path))
        }
        return decisions
    }

    /// A record's id is its file name without the extension.
    static func id(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }
}
