/// Reads `content/plans/<id>.md` into a `Plan`.
enum PlanLoader {
    static func load(_ source: SourceText, id: String, log: DiagnosticLog) -> Plan? {
        guard let file = MarkdownRecordFile.open(source, id: id, expected: "kế hoạch", log: log) else { return nil }
        let f = file.fields
        defer { f.finish() }
        f.skip("private")

        let number = f.code("number")
        let issuer = f.string("issuer", required: true, hint: "Ghi cơ quan ban hành, ví dụ `Ủy ban nhân dân phường Nguyễn Trãi`.")
        let parentIssuer = f.string("parent_issuer")
        let place = f.string("place")
        let title = f.string("title", required: true, hint: "Ghi trích yếu của kế hoạch.")
        let issued = f.day("issued")
        let yearNode = f.value("year")
        let year = f.int("year", in: 1945...9999)
        if issued == nil, yearNode == nil, f.value("issued") == nil {
            log.error("Thiếu ngày ban hành: thêm `issued: YYYY-MM-DD`, hoặc `year: YYYY` nếu văn bản không ghi ngày.", at: f.location)
        }
        let levelText = f.code("level")
        var level: AdministrativeLevel?
        if let levelText {
            level = AdministrativeLevel(rawValue: levelText)
            if level == nil, let node = f.value("level") {
                log.error("`level` chỉ nhận `commune`, `district` hoặc `province`, không phải `\(levelText)`.", at: f.location(of: node))
            }
        }

        let resolvedLevel = level ?? AdministrativeLevel.inferred(fromIssuer: issuer ?? "")
        if resolvedLevel == .district, let issued, issued >= AdministrativeLevel.districtsAbolished, let node = f.value("issued") {
            log.warning("Kế hoạch cấp huyện ban hành từ ngày 01/7/2025, khi không còn cấp huyện. "
                + "Kiểm tra ngày ban hành, hoặc ghi `level: commune` hay `level: province` nếu cơ quan ban hành không phải cấp huyện.",
                at: f.location(of: node))
        }

        let plan = Plan(
            id: id, source: source.path, number: number,
            issuer: issuer ?? "", parentIssuer: parentIssuer,
            level: resolvedLevel,
            place: place, issued: issued, year: issued?.year ?? year ?? 0,
            title: title ?? "",
            bases: f.strings("bases"),
            period: f.dateRange("period"),
            phases: phases(f), targets: targets(f),
            awardForms: f.strings("awards"),
            responsibilities: responsibilities(f),
            deadlines: deadlines(f),
            recipients: f.strings("recipients"),
            signer: f.signer(),
            attachments: attachments(f),
            body: file.body)
        guard issuer != nil, title != nil, issued != nil || year != nil else { return nil }
        return plan
    }

    private static func phases(_ f: FieldReader) -> [Phase] {
        f.records("phases", expected: "đợt thi đua `{name, from, to, goal}`").compactMap { p in
            defer { p.finish() }
            let name = p.string("name", required: true)
            let range = p.rangeFields()
            let goal = p.string("goal")
            guard let name, let range else { return nil }
            return Phase(name: name, range: range, goal: goal)
        }
    }

    private static func targets(_ f: FieldReader) -> [Target] {
        f.records("targets", expected: "chỉ tiêu `{text, value, unit}`").compactMap { t in
            defer { t.finish() }
            let text = t.string("text", required: true)
            let value = t.number("value")
            let unit = t.string("unit")
            let digits = t.value("value")?.scalar.map { fractionDigits(written: $0.string) } ?? 0
            return text.map { Target(text: $0, value: value, fractionDigits: digits, unit: unit) }
        }
    }

    /// Digits after the decimal point as written: `59.60` → 2, `28500` → 0 (and 0 for `1e3`).
    private static func fractionDigits(written text: String) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(where: { $0 == "e" || $0 == "E" }), let dot = trimmed.firstIndex(of: ".") else { return 0 }
        return trimmed[trimmed.index(after: dot)...].filter(\.isNumber).count
    }

    private static func responsibilities(_ f: FieldReader) -> [Responsibility] {
        f.records("responsibilities", expected: "nhiệm vụ của một đơn vị `{unit, tasks}`").compactMap { r in
            defer { r.finish() }
            let unit = r.string("unit", required: true)
            let tasks = r.strings("tasks")
            return unit.map { Responsibility(unit: $0, tasks: tasks) }
        }
    }

    private static func deadlines(_ f: FieldReader) -> [Deadline] {
        f.records("deadlines", expected: "thời hạn `{date, what, who}`").compactMap { d in
            defer { d.finish() }
            let date = d.day("date", required: true)
            let what = d.string("what", required: true)
            let who = d.string("who")
            guard let date, let what else { return nil }
            return Deadline(date: date, what: what, who: who)
        }
    }

    private static func attachments(_ f: FieldReader) -> [Attachment] {
        f.records("attachments", expected: "tệp đính kèm `{file, title}`").compactMap { a in
            defer { a.finish() }
            let file = a.media("file", required: true)
            let title = a.string("title", required: true)
            guard let file, let title else { return nil }
            return Attachment(file: file, title: title)
        }
    }
}
