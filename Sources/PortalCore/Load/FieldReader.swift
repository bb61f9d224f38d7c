import Foundation
import Yams

/// Reads the fields of one YAML mapping, turning each problem into a diagnostic at the exact
/// node: a wrong value at the value, a missing field at the mapping that lacks it.
///
/// Every field read is remembered, so `finish()` can warn about the ones nobody asked for
/// (usually typos) and suggest the nearest known name.
final class FieldReader {
    let log: DiagnosticLog
    /// Whether the texts read are published as typed, so `string` and `strings` scan each for personal
    /// data and warn at its value. True for content records (and the mappings nested in them); false for
    /// portal.yaml, whose contact phone is meant to be public.
    let scansPersonalData: Bool
    private let mapping: Node.Mapping
    /// The mapping's values by key, made once: Yams looks a key up by building a node for it and
    /// comparing it with every key, resolving both tags with regular expressions each time — for a
    /// city's hundred thousand awards of seven fields that was a tenth of the build. Yams already
    /// refused mappings with a key twice.
    private let fields: [String: Node]
    private let mappingLocation: SourceLocation
    private let positions: YAMLDocument.Positions
    private var asked: [String] = []

    /// Reads the fields of the document's top mapping; nil (and reported) when it is not a mapping.
    convenience init?(_ document: YAMLDocument, log: DiagnosticLog, expected: String, scansPersonalData: Bool) {
        self.init(document.root, positions: document.positions, log: log, expected: expected, scansPersonalData: scansPersonalData)
    }

    /// Nil (and reported) when `node` is not a mapping.
    private init?(_ node: Node, positions: YAMLDocument.Positions, log: DiagnosticLog, expected: String, scansPersonalData: Bool) {
        self.log = log
        self.positions = positions
        self.scansPersonalData = scansPersonalData
        let location = positions.location(node.mark)
        guard let mapping = node.mapping else {
            log.error("Cần \(expected) dạng các dòng `tên: giá trị`, nhưng ở đây là \(Self.describe(node)).", at: location)
            return nil
        }
        self.mapping = mapping
        var fields: [String: Node] = [:]
        fields.reserveCapacity(mapping.count)
        // By index: iterating a Yams mapping first copies all its pairs into a new array.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            if let name = key.scalar?.string { fields[name] = value }
        }
        self.fields = fields
        self.mappingLocation = location
    }

    /// Where the mapping starts: where a missing field is reported.
    var location: SourceLocation { mappingLocation }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return positions.location(mark)
    }

    /// The value of `key`, or nil when absent or null.
    func value(_ key: String) -> Node? {
        asked.append(key)
        guard let node = fields[key], !Self.isNull(node) else { return nil }
        return node
    }

    /// Whether `node` is YAML's null as Yams reads it (`~`, `null`, `Null`, `NULL` or nothing,
    /// unquoted), without making the `NSNull` that Yams' `node.null` allocates for each field asked.
    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    private func missing(_ key: String, _ hint: String) {
        log.error("Thiếu trường bắt buộc `\(key)`. \(hint)", at: mappingLocation)
    }

    /// A text that is published as typed (a title, a name, a summary …), scanned for personal data
    /// when the reader `scansPersonalData`.
    func string(_ key: String, required: Bool = false, hint: String = "") -> String? {
        guard let node = present(key, required: required, hint: hint) else { return nil }
        return published(node, key: key, required: required)
    }

    /// A code rather than prose: a số ký hiệu (`5531/KH-UBND`) or a keyword. Read like `string` but not
    /// scanned for personal data, since its digits are the point.
    func code(_ key: String, required: Bool = false, hint: String = "") -> String? {
        guard let node = present(key, required: required, hint: hint) else { return nil }
        return text(node, key: key, required: required)
    }

    /// The value of `key`; when absent (or null), reported if required.
    private func present(_ key: String, required: Bool, hint: String) -> Node? {
        guard let node = value(key) else {
            if required { missing(key, hint.isEmpty ? "Thêm dòng `\(key): …`." : hint) }
            return nil
        }
        return node
    }

    /// `text`, warned about at the value when it looks like a citizen's ID number, phone or address.
    private func published(_ node: Node, key: String, required: Bool = false) -> String? {
        let value = text(node, key: key, required: required)
        if scansPersonalData, let value { PersonalDataCheck.scan(value, at: location(of: node), log: log) }
        return value
    }

    /// A scalar as text (numbers and dates typed bare are text too); trimmed; empty is absent.
    func text(_ node: Node, key: String, required: Bool = false) -> String? {
        guard let scalar = node.scalar else {
            log.error("Trường `\(key)` phải là một đoạn văn bản, không phải \(Self.describe(node)).", at: location(of: node))
            return nil
        }
        let value = scalar.string.trimmedWhitespaceAndNewlines
        if value.isEmpty {
            if required { log.error("Trường `\(key)` đang trống. Hãy điền giá trị.", at: location(of: node)) }
            return nil
        }
        return value
    }

    func day(_ key: String, required: Bool = false, hint: String = "") -> Day? {
        guard let node = value(key) else {
            if required { missing(key, hint.isEmpty ? "Thêm dòng `\(key): YYYY-MM-DD`." : hint) }
            return nil
        }
        return day(node, key: key)
    }

    func day(_ node: Node, key: String) -> Day? {
        guard let raw = node.scalar?.string.trimmedWhitespace else {
            log.error("Trường `\(key)` phải là một ngày dạng YYYY-MM-DD, không phải \(Self.describe(node)).", at: location(of: node))
            return nil
        }
        if let day = Day(iso: raw) { return day }
        log.error("`\(raw)` không phải ngày hợp lệ cho trường `\(key)`. Viết ngày dạng YYYY-MM-DD, ví dụ 2023-11-01.",
                  at: location(of: node))
        return nil
    }

    func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, let number = Int(scalar.string.trimmedWhitespace) else {
            log.error("Trường `\(key)` phải là một số nguyên, không phải \(Self.describe(node)).", at: location(of: node))
            return nil
        }
        if let range, !range.contains(number) {
            log.error("Trường `\(key)` phải nằm trong khoảng \(range.lowerBound)–\(range.upperBound), không phải \(number).",
                      at: location(of: node))
            return nil
        }
        return number
    }

    func number(_ key: String) -> Double? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, node.int != nil || node.float != nil,
              let number = Double(scalar.string.trimmedWhitespace) else {
            log.error("Trường `\(key)` phải là một số viết theo kiểu máy đọc (dấu chấm thập phân, không dấu phân cách hàng nghìn: 28500 hoặc 59.6), "
                + "không phải \(Self.describe(node)).", at: location(of: node))
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let bool = node.bool else {
            log.error("Trường `\(key)` chỉ nhận `true` hoặc `false`, không phải \(Self.describe(node)).", at: location(of: node))
            return nil
        }
        return bool
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if node.scalar != nil { return published(node, key: key).map { [$0] } ?? [] }
        guard let sequence = node.sequence else {
            log.error("Trường `\(key)` phải là một danh sách, mỗi mục một dòng bắt đầu bằng `- `.", at: location(of: node))
            return []
        }
        return sequence.compactMap { published($0, key: key) }
    }

    /// A list of mappings, each read by its own reader.
    func records(_ key: String, expected: String) -> [FieldReader] {
        guard let node = value(key) else { return [] }
        guard let sequence = node.sequence else {
            log.error("Trường `\(key)` phải là một danh sách \(expected), mỗi mục bắt đầu bằng `- `.", at: location(of: node))
            return []
        }
        return sequence.compactMap {
            FieldReader($0, positions: positions, log: log, expected: expected, scansPersonalData: scansPersonalData)
        }
    }

    func record(_ key: String, expected: String, required: Bool = false) -> FieldReader? {
        guard let node = value(key) else {
            if required { missing(key, "Thêm \(expected).") }
            return nil
        }
        return FieldReader(node, positions: positions, log: log, expected: expected, scansPersonalData: scansPersonalData)
    }

    /// Reads a map that is never published (`private:`), so it is neither rendered nor warned about.
    func skip(_ key: String) { asked.append(key) }

    func reference(_ key: String) -> Reference? {
        guard let node = value(key), let id = text(node, key: key) else { return nil }
        return Reference(id: id, location: location(of: node))
    }

    func references(_ key: String) -> [Reference] {
        guard let node = value(key) else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            text(item, key: key).map { Reference(id: $0, location: location(of: item)) }
        }
    }

    /// A path under `content/media/`; one that could escape it is an error.
    func media(_ key: String, required: Bool = false) -> MediaReference? {
        guard let node = value(key) else {
            if required { missing(key, "Ghi đường dẫn tệp trong thư mục content/media/.") }
            return nil
        }
        guard let path = text(node, key: key, required: true) else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || path.contains("\\") || path.contains(":") || parts.contains("..") || parts.contains("") {
            log.error("Đường dẫn `\(path)` ra ngoài thư mục content/media/. Ghi đường dẫn tương đối bên trong content/media/, ví dụ `anh/tuyen-duong.jpg`.",
                      at: location(of: node))
            return nil
        }
        return MediaReference(path: path, location: location(of: node))
    }

    /// `{file, alt}`: an image always needs its text alternative.
    func image(_ key: String) -> Image? {
        guard let fields = record(key, expected: "một ảnh `{file, alt}`") else { return nil }
        defer { fields.finish() }
        let file = fields.media("file", required: true)
        let alt = fields.string("alt", required: true, hint: "Ảnh cần mô tả thay thế (`alt`) cho người đọc không xem được ảnh.")
        guard let file, let alt else { return nil }
        return Image(file: file, alt: alt)
    }

    /// Warns about every field nobody read, suggesting the nearest known name.
    func finish() {
        let known = Set(asked)
        for index in mapping.indices {
            let keyNode = mapping[index].key
            guard let key = keyNode.scalar?.string, !known.contains(key) else { continue }
            let hint = NearestName.find(key, among: known).map { " Có phải ý bạn là `\($0)`?" } ?? ""
            log.warning("Trường `\(key)` không được dùng nên sẽ bị bỏ qua.\(hint)", at: location(of: keyNode))
        }
    }

    /// How a node looks to a person: "một danh sách", "một bảng", or the value quoted.
    static func describe(_ node: Node) -> String {
        switch node {
        case .sequence: return "một danh sách"
        case .mapping: return "một bảng các trường"
        case .scalar(let scalar): return "`\(scalar.string)`"
        case .alias: return "một tham chiếu"
        }
    }
}
