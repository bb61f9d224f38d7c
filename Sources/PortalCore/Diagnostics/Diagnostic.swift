/// One problem in the content, where a person can find and fix it.
public struct Diagnostic: Sendable, Equatable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// Relative to the site root, with `/` separators.
    public let file: String
    /// 1-based.
    public let line: Int
    /// 1-based, counted in Unicode scalars as editors do.
    public let column: Int
    public let severity: Severity
    /// Plain Vietnamese, with a hint how to fix it.
    public let message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public init(at location: SourceLocation, _ severity: Severity, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column,
                  severity: severity, message: message)
    }

    /// `path:line:column: error: message`, the form compilers use so editors can jump to it.
    public var formatted: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then position, so a person can work down the list file by file.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
