import Foundation

/// Reads `content/honours/<id>.yaml` (and the CSV it names) into a `Decision`.
enum DecisionLoader {
    /// `readCSV` opens a file named by `awards_csv`, relative to the honours folder.
    static func load(_ source: SourceText, id: String, log: DiagnosticLog,
                     readCSV: (String) -> SourceText?) -> Decision? {
        guard let document = YAMLDocument.parse(source.text, file: source.path, firstLine: 1, log: log) else {
            if !log.hasErrors(in: source.path) {
                log.error("Tệp quyết định không có trường nào.", at: SourceLocation(file: source.path))
            }
            return nil
        }
        guard let f = FieldReader(document, log: log, expected: "quyết định khen thưởng", scansPersonalData: true) else {
            return nil
        }
        defer { f.finish() }
        f.skip("private")

        let number = f.code("number", required: true, hint: "Ghi số ký hiệu, ví dụ `123/QĐ-UBND`.")
        let issued = f.day("issued", required: true)
        let issuer = f.string("issuer", required: true, hint: "Ghi cơ quan ban hành quyết định.")
        let title = f.string("title", required: true, hint: "Ghi trích yếu, ví dụ `Về việc khen thưởng …`.")
        var awards = f.records("awards", expected: "khen thưởng `{name, kind, form, …}`").compactMap { a in
            defer { a.finish() }
            return AwardFields.read(a)
        }
        let listed = f.value("awards") != nil
        if let csvNode = f.value("awards_csv"), let name = f.text(csvNode, key: "awards_csv", required: true) {
            if name.contains("/") || name.contains("\\") || !name.lowercased().hasSuffix(".csv") {
                log.error("`awards_csv` phải là tên một tệp .csv nằm cạnh tệp quyết định, ví dụ `\(id).csv`.", at: f.location(of: csvNode))
            } else if let csv = readCSV(name) {
                awards += AwardCSV.read(csv, log: log)
            } else {
                log.error("Không tìm thấy tệp `\(name)` cạnh tệp quyết định.", at: f.location(of: csvNode))
            }
        } else if !listed {
            log.error("Quyết định chưa có danh sách khen thưởng: thêm `awards:` hoặc `awards_csv: tên-tệp.csv`.", at: f.location)
        }
        reportDuplicates(awards, log: log)

        let decision = Decision(
            id: id, source: source.path, number: number ?? "", issued: issued ?? Day(year: 1970, month: 1, day: 1)!,
            issuer: issuer ?? "", parentIssuer: f.string("parent_issuer"), place: f.string("place"),
            title: title ?? "", plan: f.reference("plan"), signer: f.signer(), awards: awards)
        guard number != nil, issued != nil, issuer != nil, title != nil else { return nil }
        return decision
    }

    /// The same person with the same form twice in one decision is almost always a copy-paste slip.
    private static func reportDuplicates(_ awards: [Award], log: DiagnosticLog) {
        // Where each key was first seen, by index: a table of whole awards, grown as it fills, spent
        // most of its time copying them.
        var seen: [NFCKey: Int] = [:]
        seen.reserveCapacity(awards.count)
        for (index, award) in awards.enumerated() {
            let key = NFCKey([award.name, award.unit ?? "", award.form, award.title ?? ""].joined(separator: "\u{1F}"))
            if let firstIndex = seen[key] {
                let first = awards[firstIndex]
                log.error("Khen thưởng trùng: `\(award.name)` (\(award.form)) đã có ở \(first.location.file):\(first.location.line). Xoá dòng lặp lại.",
                          at: award.location)
            } else {
                seen[key] = index
            }
        }
    }
}
