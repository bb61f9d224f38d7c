import ArgumentParser
import Foundation
import PortalCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Ghi lược đồ JSON Schema của các loại nội dung và portal.yaml vào thư mục schema/.",
        discussion: """
        Trình soạn thảo có YAML language server (VS Code với tiện ích YAML, …) dùng các lược đồ này để \
        gợi ý tên trường và báo lỗi ngay khi gõ. Tệp do `portal new` tạo đã trỏ sẵn tới lược đồ của nó.

        Ví dụ:
          portal schema
          portal schema --output ~/cong-thong-tin/schema
        """)

    @OptionGroup var source: SourceOption
    @OptionGroup var output: QuietFlag

    @Option(name: .customLong("output"), help: ArgumentHelp("Thư mục ghi lược đồ (mặc định: schema/ trong thư mục nguồn).", valueName: "THƯ_MỤC"))
    var directory: String?

    func run() throws {
        let target = directory.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? source.url.appendingPathComponent("schema", isDirectory: true)
        let written = try Portal.writeSchemas(to: target.standardizedFileURL)
        output.say("Đã ghi \(written.count) lược đồ vào \(target.path): \(written.joined(separator: ", ")).")
    }
}
