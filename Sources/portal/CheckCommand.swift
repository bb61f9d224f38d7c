import ArgumentParser
import Foundation
import PortalCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra toàn bộ nội dung như khi tạo trang, nhưng không ghi tệp nào.",
        discussion: """
        Ví dụ:
          portal check
          portal check --source ~/cong-thong-tin --format json
        """)

    @OptionGroup var source: SourceOption
    @OptionGroup var report: ReportOptions

    func run() throws {
        let outcome = Portal.check(source: source.url)
        report.report(outcome.diagnostics, summary: outcome.summary)
        if outcome.failed { throw ExitCode(1) }
    }
}
