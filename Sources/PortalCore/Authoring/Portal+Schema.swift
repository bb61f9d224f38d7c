import Foundation

extension Portal {
    /// `portal schema`: writes `schema/<kind>.json` and `schema/portal.json`; returns the paths written.
    public static func writeSchemas(to directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try ContentSchema.files().map { file in
            try Data(file.contents.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
            return file.name
        }
    }
}
