import ArgumentParser
import Foundation
import PortalCore

/// `portal`: the ward portal's generator. Sub-commands are small types that call PortalCore.
@main
struct PortalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Tạo cổng thông tin thi đua – khen thưởng của phường, xã từ các tệp nội dung.",
        discussion: """
        Ví dụ:
          portal new story "Tiêu đề"    tạo một tin bài mới để điền nội dung
          portal serve                 xem thử trên máy, tự tải lại khi lưu tệp
          portal check                 kiểm tra nội dung, không ghi gì
          portal build                 tạo trang vào public/ để đăng
          portal archive               nén toàn bộ trang thành một tệp lưu trữ
        """,
        subcommands: [NewCommand.self, ServeCommand.self, CheckCommand.self, BuildCommand.self,
                      ArchiveCommand.self, SchemaCommand.self])

    /// Usage mistakes exit with 2 (content errors use 1), as DESIGN.md promises scripts; every
    /// message of the parser is shown in Vietnamese.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistake = unknownCommand(in: arguments) {
            FileHandle.standardError.write(mistake + "\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = VietnameseHelp.translate(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(message + "\n") }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// `portal bulid` → "did you mean build": the parser only suggests for options.
    private static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let hint = NearestName.find(first, among: names).map { " Có phải ý bạn là `portal \($0)`?" } ?? ""
        return "Lỗi: Không có lệnh `\(first)`.\(hint)\nCác lệnh: \(names.dropLast().joined(separator: ", ")). Xem `portal --help`."
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
