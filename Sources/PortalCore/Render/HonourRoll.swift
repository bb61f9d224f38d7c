/// Khen thưởng — every award of every decision, arranged the ways citizens and officials look
/// for it: by year and award form, and A–Z by honouree.
struct HonourRoll: Sendable {
    /// One award with the decision that granted it.
    struct Entry: Sendable {
        let award: Award
        let decision: Decision
    }

    /// One honouree in the A–Z index: a person (or collective) commended one or more times,
    /// told apart by name and unit.
    struct Honouree: Sendable {
        let name: String
        let unit: String?
        let kind: HonoureeKind
        let entries: [Entry]
    }

    let entries: [Entry]
    /// Award forms from the highest standing down: the site's list first, then the others A–Z.
    let forms: [String]
    /// Each year's roll in order (by form, then kind, then name), sorted once for all its pages.
    let rollOfYear: [Int: [(form: String, entry: Entry)]]

    init(site: Site) {
        entries = site.decisions.flatMap { decision in decision.awards.map { Entry(award: $0, decision: decision) } }
        let used = Set(entries.map(\.award.form))
        let configured = site.config.awardForms.filter(used.contains)
        forms = configured + used.subtracting(configured).sorted(byVietnamese: { $0 })
        var rollOfYear: [Int: [(form: String, entry: Entry)]] = [:]
        let byYear = Dictionary(grouping: entries, by: \.decision.issued.year)
        for (year, ofYear) in byYear {
            let byForm = Dictionary(grouping: ofYear, by: \.award.form)
            rollOfYear[year] = forms.flatMap { form in Self.officialOrder(byForm[form] ?? []).map { (form, $0) } }
        }
        self.rollOfYear = rollOfYear
    }

    /// Years, newest first.
    var years: [Int] { rollOfYear.keys.sorted(by: >) }

    /// Awards of one year, by form in order of standing, each form's list in the order of an
    /// official list: people by given name, collectives and households by name.
    func byForm(year: Int) -> [(form: String, entries: [Entry])] {
        let roll = rollOfYear[year] ?? []
        return forms.compactMap { form in
            let members = roll.filter { $0.form == form }.map(\.entry)
            return members.isEmpty ? nil : (form, members)
        }
    }

    /// People first by given name, then collectives and households by name.
    static func officialOrder(_ entries: [Entry]) -> [Entry] {
        HonoureeKind.allCases.flatMap { kind in
            entries.filter { $0.award.kind == kind }.sorted(byKeyComputedOnce: { filingKey(name: $0.award.name, kind: kind, unit: $0.award.unit) })
        }
    }

    /// What an honouree is filed under: a person by given name, then middle names, then family
    /// name (as official lists are read); a collective or household by its whole name.
    static func filingParts(name: String, kind: HonoureeKind) -> [String] {
        guard kind == .individual else { return [name] }
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1, let given = words.last, let family = words.first else { return words }
        return [given] + words.dropFirst().dropLast() + [family]
    }

    /// Filing parts first; the unit tells apart two people of the same name.
    static func filingKey(name: String, kind: HonoureeKind, unit: String?) -> PersonNameSortKey {
        PersonNameSortKey(parts: filingParts(name: name, kind: kind), whole: name + "\u{1F}" + (unit ?? ""))
    }

    /// Everyone commended, once each, in Vietnamese order, grouped under the letter they file under.
    var alphabetical: [(letter: String, honourees: [Honouree])] {
        var groups: [String: [Entry]] = [:]
        var order: [String] = []
        for entry in entries {
            let key = [entry.award.kind.rawValue, entry.award.name, entry.award.unit ?? ""].joined(separator: "\u{1F}")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        let honourees = order.compactMap { key -> Honouree? in
            guard let entries = groups[key], let first = entries.first?.award else { return nil }
            return Honouree(name: first.name, unit: first.unit, kind: first.kind,
                            entries: entries.sorted { ($0.decision.issued, $0.decision.id) < ($1.decision.issued, $1.decision.id) })
        }
        .sorted(byKeyComputedOnce: { Self.filingKey(name: $0.name, kind: $0.kind, unit: $0.unit) })

        var letters: [(letter: String, honourees: [Honouree])] = []
        for honouree in honourees {
            let letter = VietnameseLetter.initial(of: Self.filingParts(name: honouree.name, kind: honouree.kind).first ?? "")
            if letters.last?.letter == letter {
                letters[letters.count - 1].honourees.append(honouree)
            } else {
                letters.append((letter, [honouree]))
            }
        }
        return letters
    }

    /// Counts per year and form, for the charts and their tables.
    func counts() -> [(year: Int, perForm: [Int])] {
        years.sorted().map { year in
            let roll = rollOfYear[year] ?? []
            return (year, forms.map { form in roll.count { $0.form == form } })
        }
    }
}
