/// Reads `content/exemplars/<id>.md` into an `Exemplar`.
enum ExemplarLoader {
    static func load(_ source: SourceText, id: String, log: DiagnosticLog) -> Exemplar? {
        guard let file = MarkdownRecordFile.open(source, id: id, expected: "gương điển hình", log: log) else { return nil }
        let f = file.fields
        defer { f.finish() }
        f.skip("private")

        let name = f.string("name", required: true, hint: "Ghi họ tên người (hoặc tên tập thể) được nêu gương.")
        let kind = kind(f)
        let birthYear = f.int("birth_year", in: 1900...9999)
        let unit = f.string("unit", required: true, hint: "Ghi tổ dân phố, khu phố hoặc cơ quan — không ghi địa chỉ nhà.")
        let published = f.day("published", required: true)
        let summary = f.string("summary", required: true, hint: "Tóm tắt việc tốt trong một hai câu.")
        let photo = f.image("photo")
        let plan = f.reference("plan")
        let decision = f.reference("decision")
        let consent = f.day("consent", required: true,
                            hint: "Ghi ngày người được nêu gương (hoặc người giám hộ nếu là trẻ em) đồng ý bằng văn bản, dạng YYYY-MM-DD. "
                                + "Không có sự đồng ý thì không được đăng thông tin cá nhân.")
        guard let name, let kind, let unit, let published, let summary, let consent else { return nil }
        return Exemplar(id: id, source: source.path, name: name, kind: kind, birthYear: birthYear, unit: unit,
                        published: published, summary: summary, photo: photo, plan: plan, decision: decision,
                        consent: consent, body: file.body)
    }

    private static func kind(_ f: FieldReader) -> ExemplarKind? {
        let allowed = ExemplarKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: " hoặc ")
        guard let node = f.value("kind") else {
            f.log.error("Thiếu trường bắt buộc `kind`: \(allowed).", at: f.location)
            return nil
        }
        guard let text = f.text(node, key: "kind", required: true) else { return nil }
        guard let kind = ExemplarKind(rawValue: text) else {
            f.log.error("`kind` chỉ nhận \(allowed), không phải `\(text)`.", at: f.location(of: node))
            return nil
        }
        return kind
    }
}
