import Foundation

extension Portal {
    public struct ArchiveOutcome: Sendable {
        public let build: BuildOutcome
        /// The zip written; nil when the build failed.
        public let archive: URL?
    }

    /// `portal archive`: builds the site into a temporary folder (public/ is left alone) and zips
    /// it. `destination` is a `.zip` file, or a folder that gets the dated name; by default the site folder.
    public static func archive(_ request: BuildRequest, destination: URL?) -> ArchiveOutcome {
        let siteTitle = ConfigLoader.title(in: request.source) ?? ""
        let name = SiteArchive.name(siteTitle: siteTitle, day: request.today)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portal-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var build = request
        build.output = scratch.appendingPathComponent(name, isDirectory: true)
        let built = Portal.build(build)
        guard !built.failed else { return ArchiveOutcome(build: built, archive: nil) }

        let target = zipURL(destination ?? request.source, name: name)
        do {
            try SiteArchive.zip(build.output, to: target)
        } catch {
            let failure = Diagnostic(file: target.path, line: 1, column: 1, severity: .error,
                                     message: "Không ghi được tệp nén: \(error.localizedDescription) (ổ đĩa đầy hoặc không có quyền ghi?)")
            return ArchiveOutcome(build: BuildOutcome(diagnostics: built.diagnostics + [failure], pageCount: 0, seconds: built.seconds),
                                  archive: nil)
        }
        return ArchiveOutcome(build: built, archive: target)
    }

    private static func zipURL(_ destination: URL, name: String) -> URL {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if destination.pathExtension.lowercased() == "zip" && !(exists && isDirectory.boolValue) { return destination }
        return destination.appendingPathComponent("\(name).zip")
    }
}
