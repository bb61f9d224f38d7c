import Foundation

/// A content file read as text: checked to be UTF-8, its BOM dropped, line ends made `\n` (Windows
/// editors and spreadsheets write `\r\n`), normalised to NFC.
struct SourceText {
    /// Relative to the site root, `/`-separated: how diagnostics name the file.
    let path: String
    let text: String

    /// Reads `url`; a file that is not UTF-8 or is empty is reported and yields nil.
    static func read(_ url: URL, as path: String, log: DiagnosticLog) -> SourceText? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error("Không đọc được tệp. Kiểm tra quyền đọc của tệp.", at: SourceLocation(file: path))
            return nil
        }
        return decode(data, as: path, log: log)
    }

    static func decode(_ data: Data, as path: String, log: DiagnosticLog) -> SourceText? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library's check is fast; the scan that finds the line and column of a bad
        // byte runs only when there is one.
        let validated = String(validating: bytes, as: UTF8.self)
        if validated == nil, let bad = firstInvalidUTF8(bytes) {
            log.error("Tệp không phải văn bản UTF-8 (byte 0x\(String(bytes[bad.offset], radix: 16, uppercase: true)) không hợp lệ). "
                + "Hãy lưu lại tệp với bảng mã UTF-8.", at: SourceLocation(file: path, line: bad.line, column: bad.column))
            return nil
        }
        let text = bytes.contains(0x0D) ? String(decoding: unixLineEnds(bytes), as: UTF8.self)
            : validated ?? String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) {
            log.error("Tệp trống. Hãy điền nội dung hoặc xoá tệp này.", at: SourceLocation(file: path))
            return nil
        }
        return SourceText(path: path, text: text.nfc)
    }

    /// `\r\n` and a lone `\r` become `\n`: lines are then the same for every reader of the text.
    private static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte != 0x0D {
                result.append(byte)
            } else if index + 1 == bytes.count || bytes[index + 1] != 0x0A {
                result.append(0x0A)
            }
        }
        return result
    }

    /// The offset, line and column (in scalars) of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int, column: Int)? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0, line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return nil
            case .error:
                return (min(offset, bytes.count - 1), line, column)
            }
        }
    }
}
