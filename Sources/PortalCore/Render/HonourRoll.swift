/// Khen thưởng — every award of every decision, arranged the ways citizens and officials look
/// for it: by year and award form, and A–Z by honouree. Built once per build; a city has
/// a hundred thousand awards, so each name's sort key is made once, on every core.
struct HonourRoll: Sendable {
    /// What a roll entry shows of its decision (not the whole decision and its awards).
    struct DecisionRef: Sendable {
        let id: String
        let number: String
        let issued: Day
    }

    /// One award with the decision that granted it.
    struct Entry: Sendable {
        let award: Award
        let decision: DecisionRef
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
    /// Each year's roll in order (by form, then kind, then name), sorted once for all its pages:
    /// positions in `entries`, so that a page copies only the entries it shows (an entry holds a
    /// dozen strings, and a city's years hold a hundred thousand entries).
    let rollOfYear: [Int: [Int]]
    /// Each entry's form, as its place in `forms`.
    let formIndex: [Int]
    /// Everyone commended, once each, in Vietnamese order, under the letter they file under.
    let alphabetical: [(letter: String, honourees: [Honouree])]

    init(site: Site) {
        let entries = site.decisions.flatMap { decision in
            let ref = DecisionRef(id: decision.id, number: decision.number, issued: decision.issued)
            return decision.awards.map { Entry(award: $0, decision: ref) }
        }
        let parts = entries.map { Self.filingParts(name: $0.award.name, kind: $0.award.kind) }
        let keys = Self.filingKeys(entries, parts: parts)
        let used = Set(entries.map(\.award.form))
        let configured = site.config.awardForms.filter(used.contains)
        let forms = configured + used.subtracting(configured).sorted(byVietnamese: { $0 })
        let formRank = Dictionary(uniqueKeysWithValues: forms.enumerated().map { ($1, $0) })
        let kindRank = Dictionary(uniqueKeysWithValues: HonoureeKind.allCases.enumerated().map { ($1, $0) })

        // A year's roll: by form in order of standing, people first by given name, then
        // collectives and households by name — the order of an official list. Years are sorted
        // on every core while the A–Z index is made.
        let years = Dictionary(grouping: entries.indices, by: { entries[$0].decision.issued.year }).sorted { $0.key < $1.key }
        // Each entry's ranks are looked up once, not at every comparison of the sort.
        let ranks = entries.map { (form: formRank[$0.award.form, default: 0], kind: kindRank[$0.award.kind, default: 0]) }
        let (rolls, alphabetical) = inParallel({
            years.concurrentMap { year, indices in
                indices.sorted { a, b in
                    if ranks[a].form != ranks[b].form { return ranks[a].form < ranks[b].form }
                    if ranks[a].kind != ranks[b].kind { return ranks[a].kind < ranks[b].kind }
                    return keys[a] != keys[b] ? keys[a] < keys[b] : a < b
                }
            }
        }, { Self.alphabetical(entries, keys: keys, parts: parts) })

        self.entries = entries
        self.forms = forms
        self.rollOfYear = Dictionary(uniqueKeysWithValues: zip(years.map(\.key), rolls))
        self.formIndex = ranks.map(\.form)
        self.alphabetical = alphabetical
    }

    /// Years, newest first.
    var years: [Int] { rollOfYear.keys.sorted(by: >) }

    /// Awards of one year, by form in order of standing, each form's list in official order.
    func byForm(year: Int) -> [(form: String, entries: [Entry])] {
        let roll = rollOfYear[year] ?? []
        return forms.indices.compactMap { form in
            let members = roll.filter { formIndex[$0] == form }.map { entries[$0] }
            return members.isEmpty ? nil : (forms[form], members)
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

    /// The filing key of every entry: its filing parts, then name and unit (which tell apart two
    /// people of the same name). Names share their parts (a third of the country is Nguyễn, and
    /// given names repeat too), so each distinct part is weighed once.
    private static func filingKeys(_ entries: [Entry], parts: [[String]]) -> [PersonNameSortKey] {
        let distinct = Array(Set(parts.joined().map(NFCKey.init)))
        let weights = Dictionary(uniqueKeysWithValues: zip(distinct, distinct.concurrentMap {
            VietnameseSortKey.weights(for: $0.text, breakingTies: false)
        }))
        return Array(entries.indices).concurrentMap { index in
            let award = entries[index].award
            return PersonNameSortKey(partWeights: parts[index].map { weights[NFCKey($0)]! }, whole: award.name + "\u{1F}" + (award.unit ?? ""))
        }
    }

    /// One entry per honouree (same kind, name and unit), ordered by filing key, cut by letter.
    private static func alphabetical(_ entries: [Entry], keys: [PersonNameSortKey], parts: [[String]]) -> [(letter: String, honourees: [Honouree])] {
        var groups: [NFCKey: [Int]] = [:]
        for index in entries.indices {
            let award = entries[index].award
            groups[NFCKey([award.kind.rawValue, award.name, award.unit ?? ""].joined(separator: "\u{1F}")), default: []].append(index)
        }
        // Same name, kind and unit give the same key: the first entry's key stands for the honouree.
        let honourees = groups.values.sorted { keys[$0[0]] != keys[$1[0]] ? keys[$0[0]] < keys[$1[0]] : $0[0] < $1[0] }
            .map { indices -> (honouree: Honouree, part: String) in
                let first = entries[indices[0]].award
                let awards = indices.map { entries[$0] }
                    .sorted { ($0.decision.issued, $0.decision.id) < ($1.decision.issued, $1.decision.id) }
                return (Honouree(name: first.name, unit: first.unit, kind: first.kind, entries: awards), parts[indices[0]].first ?? "")
            }
        var letters: [(letter: String, honourees: [Honouree])] = []
        // A letter depends on the first character only, and a city's 80,000 honourees start with a few dozen.
        var initials: [Character?: String] = [:]
        for (honouree, part) in honourees {
            let letter = initials[part.first] ?? VietnameseLetter.initial(of: part)
            initials[part.first] = letter
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
            var perForm = Array(repeating: 0, count: forms.count)
            for entry in rollOfYear[year] ?? [] { perForm[formIndex[entry]] += 1 }
            return (year, perForm)
        }
    }
}
