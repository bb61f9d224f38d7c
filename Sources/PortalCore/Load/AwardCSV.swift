import Foundation
import CSV

/// Reads an award list exported from a spreadsheet: UTF-8 with or without a BOM (dropped when
/// the file is read), `,` or `;` separators, quoted cells that may hold line breaks.
/// Each problem is reported at its row's line and its cell's column.
///
/// CSV.swift rather than SwiftCSV: tried on the same export (BOM, `;`, a quoted line break), both
/// read it, but CSV.swift hands each row over as its cells in order, so a row with too few cells
/// shows and each cell's column can be followed; SwiftCSV turns rows into dictionaries.
enum AwardCSV {
    static func read(_ source: SourceText, log: DiagnosticLog) -> [Award] {
        let delimiter = guessDelimiter(source.text)
        guard let reader = try? CSVReader(string: source.text, hasHeaderRow: true, delimiter: delimiter),
              let header = reader.headerRow else {
            log.error("Không đọc được dòng tiêu đề của tệp CSV.", at: SourceLocation(file: source.path))
            return []
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
        var position = CellCursor(file: source.path, delimiter: delimiter)
        let headerCells = position.advance(over: header)
        checkHeader(columns, cells: headerCells, file: source.path, log: log)
        guard ["name", "kind", "form"].allSatisfy(columns.contains) else { return [] }

        var awards: [Award] = []
        while let row = reader.next() {
            let cells = position.advance(over: row)
            if row.allSatisfy({ $0.trimmedWhitespaceAndNewlines.isEmpty }) { continue }
            if row.count < columns.count {
                log.error("Dòng này có \(row.count) ô nhưng tiêu đề có \(columns.count) cột (\(columns.joined(separator: "\(delimiter)"))). "
                    + "Kiểm tra dấu phân cách `\(delimiter)` và dấu ngoặc kép.", at: cells[0])
                continue
            }
            if let award = award(row: row, cells: cells, columns: columns, log: log) { awards.append(award) }
        }
        return awards
    }

    private static func award(row: [String], cells: [SourceLocation], columns: [String], log: DiagnosticLog) -> Award? {
        func cell(_ name: String) -> (value: String?, location: SourceLocation) {
            guard let index = columns.firstIndex(of: name) else { return (nil, cells[0]) }
            let value = row[index].trimmedWhitespaceAndNewlines
            return (value.isEmpty ? nil : value, cells[index])
        }
        let name = cell("name"), kindCell = cell("kind"), form = cell("form")
        if name.value == nil { log.error("Ô `name` trống: ghi họ tên hoặc tên tập thể được khen thưởng.", at: name.location) }
        if form.value == nil { log.error("Ô `form` trống: ghi hình thức khen thưởng.", at: form.location) }
        let kind = kindCell.value.flatMap(HonoureeKind.init(rawValue:))
        if kind == nil { log.error(AwardFields.kindMessage(kindCell.value ?? ""), at: kindCell.location) }
        // Every cell but `kind` is published as typed, as `FieldReader.string` reads an award of a YAML list.
        for column in AwardFields.names where column != "kind" {
            let text = cell(column)
            if let value = text.value { PersonalDataCheck.scan(value, at: text.location, log: log) }
        }
        guard let nameValue = name.value, let formValue = form.value, let kind else { return nil }
        return Award(name: nameValue, kind: kind, unit: cell("unit").value, position: cell("position").value,
                     form: formValue, title: cell("title").value, achievement: cell("achievement").value,
                     location: cells[0])
    }

    private static func checkHeader(_ columns: [String], cells: [SourceLocation], file: String, log: DiagnosticLog) {
        for (column, location) in zip(columns, cells) where !AwardFields.names.contains(column) {
            let hint = NearestName.find(column, among: AwardFields.names).map { " Có phải ý bạn là `\($0)`?" } ?? ""
            log.warning("Cột `\(column)` không được dùng nên sẽ bị bỏ qua.\(hint)", at: location)
        }
        for required in ["name", "kind", "form"] where !columns.contains(required) {
            log.error("Thiếu cột bắt buộc `\(required)` ở dòng tiêu đề. Các cột: \(AwardFields.names.joined(separator: ", ")).",
                      at: SourceLocation(file: file))
        }
    }

    /// Spreadsheets in Vietnamese locales export `;` because `,` is the decimal mark.
    private static func guessDelimiter(_ text: String) -> UnicodeScalar {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    }
}

/// Follows the file's text as rows come out of the CSV parser, so each cell gets the line and
/// column it was typed at. A cell is taken as quoted when it had to be (it holds the separator,
/// a quote or a line break), as spreadsheets write it.
private struct CellCursor {
    let file: String
    let delimiter: UnicodeScalar
    var line = 1

    /// The start of each cell of `row`, moving the cursor to the next row.
    mutating func advance(over row: [String]) -> [SourceLocation] {
        var column = 1
        var starts: [SourceLocation] = []
        for cell in row {
            starts.append(SourceLocation(file: file, line: line, column: column))
            let quoted = cell.unicodeScalars.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            if quoted { column += 1 }
            for scalar in cell.unicodeScalars {
                if scalar == "\n" { line += 1; column = 1 } else { column += scalar == "\"" ? 2 : 1 }
            }
            column += quoted ? 2 : 1  // closing quote, then the separator
        }
        line += 1
        return starts
    }
}
