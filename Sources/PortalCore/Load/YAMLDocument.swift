import Yams

/// YAML parsed into a node tree that keeps every node's position, and the way from a position in
/// the YAML to the line and column in its file. Syntax errors are reported there.
struct YAMLDocument {
    let root: Node
    let positions: Positions

    /// Where the positions libyaml gives in one YAML text are in the file it came from.
    struct Positions {
        let file: String
        /// File lines before the YAML's first line (the front matter's opening fence).
        let lineOffset: Int
        /// Where the text ends when it has no final line break (nil when it has one): libyaml puts
        /// the end of such a text at the start of the line after its last, a line the file does not have.
        let unterminatedEnd: (line: Int, column: Int)?

        /// The place in the file of a position libyaml gave; the YAML's first line when it gave none.
        func location(_ mark: Mark?) -> SourceLocation {
            var position = (mark?.line ?? 1, mark?.column ?? 1)
            if let end = unterminatedEnd, position > end { position = end }
            return SourceLocation(file: file, line: position.0 + lineOffset, column: position.1)
        }
    }

    /// Nil when the YAML is broken (reported) or empty (not reported: the caller knows what was required).
    static func parse(_ yaml: String, file: String, firstLine: Int, log: DiagnosticLog) -> YAMLDocument? {
        let terminated = yaml.unicodeScalars.last.map(isLineBreak) ?? true
        let positions = Positions(file: file, lineOffset: firstLine - 1, unterminatedEnd: terminated ? nil : end(of: yaml[...]))
        let location = positions.location
        do {
            // No implicit tags: fields are read as text (`FieldReader`), and Yams would otherwise try seven
            // regular expressions on every key of every mapping to compare keys for duplicates — for a
            // city's hundred thousand awards, a twentieth of the build. Keys are then compared as text, so
            // `yes:` and `"yes":` in one mapping are reported as the duplicate `FieldReader` would see.
            // UTF-8 named here, as Swift strings hold it: left to its default, Yams reads the whole process
            // environment on every call to see whether it is overridden — a twentieth of loading a city.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return nil }
            return YAMLDocument(root: root, positions: positions)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _),
                 .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                log.error(explain(problem), at: location(mark))
            case .reader(_, let offset?, let value, _):
                // libyaml counts the offset in bytes, Yams hands it over in characters.
                let character = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) ?? yaml.endIndex
                let position = end(of: yaml[..<character])
                log.error("Ký tự \(String(format: "U+%04X", value)) không được phép trong YAML: đó là ký tự điều khiển "
                    + "hoặc ký tự vô hình, thường lẫn vào khi chép từ Word hay PDF. Hãy xoá ký tự này.",
                    at: SourceLocation(file: file, line: position.line + firstLine - 1, column: position.column))
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

    /// The line and column just after the last character, counted as libyaml counts them: columns
    /// in scalars, and CR LF, CR, LF, NEL, LS and PS each ending a line.
    private static func end(of yaml: Substring) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var previous: Unicode.Scalar?
        for scalar in yaml.unicodeScalars {
            if scalar == "\n" && previous == "\r" {
                // CR LF ends one line.
            } else if isLineBreak(scalar) {
                (line, column) = (line + 1, 1)
            } else {
                column += 1
            }
            previous = scalar
        }
        return (line, column)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
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
