import ArgumentParser
import Foundation
import PortalCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra toàn bộ nội dung như khi tạo trang, nhưng không ghi tệp nào.",
        discussion: "Ví dụ: portal check --source ~/cong-thong-tin")

    @OptionGroup var source: SourceOption

    func run() throws {
        let outcome = Portal.check(source: source.url)
        FileHandle.standardError.write(outcome.diagnostics.report + outcome.summary + "\n")
        if outcome.failed { throw ExitCode(1) }
    }
}
