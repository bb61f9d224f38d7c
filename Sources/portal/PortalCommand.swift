import ArgumentParser
import Foundation

/// `portal`: the ward portal's generator. Sub-commands are small types that call PortalCore.
@main
struct PortalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Tạo cổng thông tin thi đua – khen thưởng của phường, xã từ các tệp nội dung.",
        discussion: """
        Ví dụ:
          portal check                 kiểm tra nội dung, không ghi gì
          portal check --source site/  kiểm tra trang ở thư mục site/
        """,
        subcommands: [BuildCommand.self, CheckCommand.self])

    /// Usage mistakes exit with 2 (content errors use 1), as DESIGN.md promises scripts.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Where the site's files are: `--source` (default: the current folder).
struct SourceOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục của trang (chứa portal.yaml và content/).", valueName: "THƯ_MỤC"))
    var source: String = "."

    var url: URL { URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL }
}

extension FileHandle {
    func write(_ text: String) { write(Data(text.utf8)) }
}
