/// Collects the problems one stage finds, so every problem of a run is reported at once.
///
/// A reference type so nested readers can share one log; each stage (or each file, when
/// loading in parallel) owns its own log and the results are merged as values.
public final class DiagnosticLog {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    public func error(_ message: String, at location: SourceLocation) {
        entries.append(Diagnostic(at: location, .error, message))
    }

    public func warning(_ message: String, at location: SourceLocation) {
        entries.append(Diagnostic(at: location, .warning, message))
    }

    public func append(contentsOf diagnostics: [Diagnostic]) {
        entries.append(contentsOf: diagnostics)
    }

    public var hasErrors: Bool { entries.contains { $0.severity == .error } }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Every diagnostic in reading order, one per line, ready for stderr.
    public var report: String {
        Set(self).sorted().map { $0.formatted + "\n" }.joined()
    }
}
