import ArgumentParser
import Foundation
import PortalCore

/// `--quiet`: only problems are printed; no summary, no progress line.
struct QuietFlag: ParsableArguments {
    @Flag(name: [.short, .long], help: "Chỉ in lỗi và cảnh báo: không in tóm tắt, không in tiến độ.")
    var quiet = false

    /// A line for the person at the terminal (stderr, so stdout stays for results).
    func say(_ text: String) {
        if !quiet { FileHandle.standardError.write(text + "\n") }
    }
}

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How a command that checks content prints what it found.
struct ReportOptions: ParsableArguments {
    @OptionGroup var quietFlag: QuietFlag

    @Option(name: .long, help: ArgumentHelp(
        "Cách in lỗi: `text` (mặc định, ra stderr) hoặc `json` (một mảng {file, line, column, severity, message} ra stdout, cho trình soạn thảo và kịch bản).",
        valueName: "text|json"))
    var format: DiagnosticFormat = .text

    var quiet: Bool { quietFlag.quiet }

    func say(_ text: String) { quietFlag.say(text) }

    /// Every diagnostic, then the summary line.
    func report(_ diagnostics: [Diagnostic], summary: String) {
        switch format {
        case .text: FileHandle.standardError.write(diagnostics.report)
        case .json: FileHandle.standardOutput.write(diagnostics.json)
        }
        say(summary)
    }

    /// A progress line for a build, when someone is watching a terminal and wants one.
    func progressLine() -> ProgressLine? {
        quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine()
    }
}
