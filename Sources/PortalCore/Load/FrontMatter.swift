/// A Markdown content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    let yaml: String
    /// File line of the first YAML line, so YAML positions map back to the file.
    let yamlFirstLine: Int
    let body: String
    let bodyFirstLine: Int

    /// Splits `---`-fenced front matter from the body; a missing or unclosed fence is reported.
    static func split(_ source: SourceText, log: DiagnosticLog) -> FrontMatter? {
        // A line ends with LF or, in a file saved on Windows, CR LF: one `Character`, not "\n".
        let lines = source.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        func isFence(_ line: Substring) -> Bool {
            line.trimmingTrailingWhitespace == "---"
        }
        guard let first = lines.first, isFence(first) else {
            log.error("Thiếu phần thông tin đầu tệp (front matter). Tệp phải bắt đầu bằng một dòng `---`, "
                + "tiếp theo là các trường YAML, rồi một dòng `---` nữa.", at: SourceLocation(file: source.path))
            return nil
        }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else {
            log.error("Phần thông tin đầu tệp mở bằng `---` ở dòng 1 nhưng không được đóng. "
                + "Thêm một dòng `---` sau trường cuối cùng.", at: SourceLocation(file: source.path))
            return nil
        }
        return FrontMatter(
            // With the line break that ends the last YAML line in the file, so libyaml places the
            // end of the YAML on the closing fence, as the file does.
            yaml: lines[1..<close].joined(separator: "\n") + "\n",
            yamlFirstLine: 2,
            body: lines[(close + 1)...].joined(separator: "\n"),
            bodyFirstLine: close + 2)
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
