import Yams

/// Parses YAML into a node tree that keeps every node's position, reporting syntax errors
/// at the file's line and column.
enum YAMLDocument {
    /// Nil when the YAML is broken (reported) or empty (not reported: the caller knows what was required).
    static func parse(_ yaml: String, file: String, firstLine: Int, log: DiagnosticLog) -> Node? {
        let offset = firstLine - 1
        func location(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + offset, column: mark.column)
        }
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _),
                 .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                log.error(explain(problem), at: location(mark))
            case .duplicatedKeysInMapping(let duplicates, let context):
                log.error("Trường `\(duplicates.joined(separator: "`, `"))` được khai báo hai lần. Xoá một trong hai dòng.",
                          at: location(context.mark))
            default:
                log.error("YAML không đọc được (\(error)).", at: SourceLocation(file: file, line: firstLine))
            }
        } catch {
            log.error("YAML không đọc được (\(error)).", at: SourceLocation(file: file, line: firstLine))
        }
        return nil
    }

    /// libyaml's problem in plain Vietnamese, with the usual fix.
    private static func explain(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "Dấu hai chấm `:` đặt sai chỗ. Nếu giá trị có chứa `: `, hãy đặt nó trong dấu ngoặc kép."),
            ("did not find expected key", "Thụt lề không khớp. Các trường cùng cấp phải thẳng cột với nhau."),
            ("did not find expected '-'", "Danh sách thụt lề không khớp. Mỗi mục phải bắt đầu bằng `- ` thẳng cột với mục trên."),
            ("found character that cannot start any token", "Ký tự không được phép ở đầu giá trị (ví dụ `@`, `` ` `` hoặc tab). Hãy đặt giá trị trong dấu ngoặc kép."),
            ("found unexpected end of stream", "Dấu ngoặc kép hoặc ngoặc vuông chưa được đóng."),
            ("could not find expected ':'", "Thiếu dấu hai chấm `:` sau tên trường."),
            ("found undefined alias", "Tham chiếu `*` tới một neo `&` không tồn tại."),
            ("did not find expected node content", "Thiếu giá trị ở đây."),
        ]
        let hint = known.first { problem.contains($0.0) }?.1 ?? "Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép."
        return "YAML không hợp lệ: \(hint) (\(problem))"
    }
}
