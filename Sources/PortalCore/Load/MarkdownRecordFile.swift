/// A Markdown content file opened for reading: its front-matter fields and its body.
struct MarkdownRecordFile {
    let id: String
    let fields: FieldReader
    let body: MarkdownText

    /// Nil when the file cannot be read as a record (every reason reported).
    static func open(_ source: SourceText, id: String, expected: String, log: DiagnosticLog) -> MarkdownRecordFile? {
        guard let split = FrontMatter.split(source, log: log) else { return nil }
        let location = SourceLocation(file: source.path, line: split.yamlFirstLine)
        guard let document = YAMLDocument.parse(split.yaml, file: source.path, firstLine: split.yamlFirstLine, log: log) else {
            if !log.hasErrors(in: source.path) {
                log.error("Phần thông tin đầu tệp đang trống. Điền các trường của \(expected) giữa hai dòng `---`.", at: location)
            }
            return nil
        }
        guard let fields = FieldReader(document, log: log, expected: expected, scansPersonalData: true) else {
            return nil
        }
        let body = MarkdownText(text: split.body, firstLine: split.bodyFirstLine, file: source.path)
        // Every body is published, whatever the kind of record: its lines are scanned here, once for all kinds.
        PersonalDataCheck.scan(body, log: log)
        return MarkdownRecordFile(id: id, fields: fields, body: body)
    }
}

extension DiagnosticLog {
    func hasErrors(in file: String) -> Bool {
        entries.contains { $0.file == file && $0.severity == .error }
    }
}
