extension Array where Element == Diagnostic {
    /// `--format json`: the same diagnostics as `report`, in the same order, as an array of
    /// `{file, line, column, severity, message}` for editors and scripts.
    public var json: String {
        JSONValue.array(Set(self).sorted().map { d in
            .object([("file", .string(d.file)), ("line", .number(d.line)), ("column", .number(d.column)),
                     ("severity", .string(d.severity.rawValue)), ("message", .string(d.message))])
        }).rendered() + "\n"
    }
}
