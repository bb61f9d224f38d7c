extension FieldReader {
    /// `signer: {on_behalf?, signing_for?, title, name}` — the signature block of a document.
    func signer() -> Signer? {
        guard let fields = record("signer", expected: "người ký `{on_behalf, signing_for, title, name}`") else { return nil }
        defer { fields.finish() }
        let onBehalf = fields.string("on_behalf")
        let signingFor = fields.string("signing_for")
        let title = fields.string("title", required: true, hint: "Ghi chức vụ người ký, ví dụ `CHỦ TỊCH`.")
        let name = fields.string("name", required: true, hint: "Ghi họ và tên người ký.")
        guard let title, let name else { return nil }
        return Signer(onBehalf: onBehalf, signingFor: signingFor, title: title, name: name)
    }

    /// `{from, to}` with `to` not before `from`.
    func dateRange(_ key: String, required: Bool = false) -> DateRange? {
        guard let fields = record(key, expected: "khoảng thời gian `{from, to}`", required: required) else { return nil }
        defer { fields.finish() }
        return fields.rangeFields()
    }

    /// Reads `from` and `to` of this mapping, reporting a range that runs backwards at `to`.
    func rangeFields() -> DateRange? {
        let from = day("from", required: true)
        let toNode = value("to")
        guard let toNode else {
            log.error("Thiếu trường bắt buộc `to` (ngày kết thúc, dạng YYYY-MM-DD).", at: location)
            return nil
        }
        guard let to = day(toNode, key: "to"), let from else { return nil }
        if to < from {
            log.error("Ngày kết thúc `to` (\(to.iso)) trước ngày bắt đầu `from` (\(from.iso)). Kiểm tra lại hai ngày.",
                      at: location(of: toNode))
            return nil
        }
        return DateRange(from: from, to: to)
    }
}
