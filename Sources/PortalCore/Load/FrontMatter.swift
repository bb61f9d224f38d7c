/// A Markdown content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    let yaml: String
    /// File line of the first YAML line, so YAML positions map back to the file.
    let yamlFirstLine: Int
    let body: String
    let bodyFirstLine: Int

    /// Splits `---`-fenced front matter from the body; a missing or unclosed fence is reported.
    static func split(_ source: SourceText, log: DiagnosticLog) -> FrontMatter? {
        // Lines are found as bytes (`\n` always ends a character): only the fence lines are looked at.
        let text = source.text
        func isFence(_ line: Substring) -> Bool {
            line.trimmingTrailingWhitespace == "---"
        }
        func lineEnd(from start: String.Index) -> String.Index {
            text.utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
        }
        func nextLine(after end: String.Index) -> String.Index? {
            end == text.endIndex ? nil : text.utf8.index(after: end)
        }
        let firstEnd = lineEnd(from: text.startIndex)
        guard isFence(text[..<firstEnd]) else {
            log.error("Thiếu phần thông tin đầu tệp (front matter). Tệp phải bắt đầu bằng một dòng `---`, "
                + "tiếp theo là các trường YAML, rồi một dòng `---` nữa.", at: SourceLocation(file: source.path))
            return nil
        }
        var line = 2
        var start = nextLine(after: firstEnd)
        let yamlStart = start ?? text.endIndex
        while let lineStart = start {
            let end = lineEnd(from: lineStart)
            if isFence(text[lineStart..<end]) {
                // The YAML keeps the line break before the fence, so libyaml places the end of the YAML
                // on the closing fence, as the file does; the body starts after the fence's own.
                return FrontMatter(
                    yaml: String(text[yamlStart..<lineStart]),
                    yamlFirstLine: 2,
                    body: nextLine(after: end).map { String(text[$0...]) } ?? "",
                    bodyFirstLine: line + 1)
            }
            start = nextLine(after: end)
            line += 1
        }
        log.error("Phần thông tin đầu tệp mở bằng `---` ở dòng 1 nhưng không được đóng. "
            + "Thêm một dòng `---` sau trường cuối cùng.", at: SourceLocation(file: source.path))
        return nil
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
