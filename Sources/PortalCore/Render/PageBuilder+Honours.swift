/// The honour roll: a hub with charts and every way in (year, campaign, form, A–Z), the roll of
/// each year, the A–Z index by letter, each decision with its awards as issued, and the awards
/// of one campaign.
extension PageBuilder {
    static func honourJobs(for site: Site, index: SiteIndex) -> [ParallelRendering.Job] {
        var jobs: [ParallelRendering.Job] = [{ [$0.honoursPage()] }]
        for year in index.honourRoll.years {
            let count = index.honourRoll.rollOfYear[year]?.count ?? 0
            jobs += (1...Pagination.pageCount(count, perPage: yearPageSize)).map { page in { [$0.honoursYearPage(year: year, page: page)] } }
        }
        for group in index.alphabetical {
            jobs += (1...Pagination.pageCount(group.honourees.count, perPage: letterPageSize)).map { page in { [$0.honoursLetterPage(group, page: page)] } }
        }
        // A campaign's page shows the award tables of its decisions: one job makes both, so each
        // decision's rows are rendered once (a city has a hundred thousand of them).
        let campaigns = site.plans.compactMap { plan in index.decisionsOfPlan[plan.id].map { (plan, $0) } }
        let onCampaignPages = Set(campaigns.flatMap { $0.1.map(\.id) })
        jobs += campaigns.map { plan, decisions in
            { builder in
                let rows = decisions.map(builder.awardRowsHTML)
                return zip(decisions, rows).map { builder.decisionPage($0, awardRows: $1) }
                    + [builder.honoursOfPlanPage(plan, decisions: decisions, awardRows: rows)]
            }
        }
        jobs += site.decisions.filter { !onCampaignPages.contains($0.id) }.map { decision in
            { [$0.decisionPage(decision, awardRows: $0.awardRowsHTML(decision))] }
        }
        return jobs
    }

    /// Awards on one page of a year's roll, honourees on one page of a letter: large enough that a
    /// ward's roll is one page, small enough that a city's stays light on a phone.
    static let yearPageSize = 1000
    static let letterPageSize = 500

    private func honoursPage() -> Page {
        let roll = index.honourRoll
        let letters = index.alphabetical
        let cards = cards(on: .honours)
        let counts = roll.counts()
        let chart = BarChart(id: "bieu_do_nam", title: "Số khen thưởng theo năm và hình thức", rowHeader: "Năm",
                             series: roll.forms, rows: counts.reversed().map { .init(label: "Năm \($0.year)", values: $0.perForm) })
        let years = Dictionary(grouping: site.decisions, by: \.issued.year).sorted { $0.key > $1.key }
        let campaigns = site.plans.compactMap { plan -> ViewContext? in
            let decisions = index.decisionsOfPlan[plan.id] ?? []
            guard !decisions.isEmpty else { return nil }
            let count = decisions.reduce(0) { $0 + $1.awards.count }
            return ["title": plan.title, "href": cards.href(.honoursOfPlan(plan.id)), "count": VietnameseNumber.integer(count)]
        }
        let formTotals = roll.forms.enumerated().map { offset, form in
            ["form": form, "count": VietnameseNumber.integer(counts.reduce(0) { $0 + $1.perForm[offset] })] as ViewContext
        }
        return page(.honours, "honours", .init(title: "Khen thưởng", description: "Danh sách tập thể, cá nhân, hộ gia đình được khen thưởng: theo năm, theo phong trào, theo hình thức và theo tên.", styles: ["honours"]), [
            "decision_count": VietnameseNumber.integer(site.decisions.count),
            "award_count": VietnameseNumber.integer(site.awardCount),
            "honouree_count": VietnameseNumber.integer(letters.reduce(0) { $0 + $1.honourees.count }),
            "chart": chart.table, "has_awards": !roll.entries.isEmpty,
            "letters": letterLinks(letters, current: nil, cards: cards),
            "years": years.map { year, decisions in
                ["year": String(year), "href": cards.href(.honoursYear(year, page: 1)), "decisions": decisions.map(cards.decision),
                 "award_count": VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count })] as ViewContext
            },
            "campaigns": campaigns, "has_campaigns": !campaigns.isEmpty,
            "forms": formTotals,
        ])
    }

    private func letterLinks(_ letters: [(letter: String, honourees: [HonourRoll.Honouree])], current: String?, cards: Cards) -> [ViewContext] {
        letters.map { ["letter": $0.letter, "href": cards.href(.honoursLetter($0.letter, page: 1)), "current": $0.letter == current] as ViewContext }
    }

    private func honoursYearPage(year: Int, page number: Int) -> Page {
        let roll = index.honourRoll
        let route = Route.honoursYear(year, page: number)
        let cards = cards(on: route)
        let ordered = roll.rollOfYear[year] ?? []
        let pages = Pagination.pageCount(ordered.count, perPage: Self.yearPageSize)
        let first = min((number - 1) * Self.yearPageSize, ordered.count)
        let last = min(first + Self.yearPageSize, ordered.count)
        // Group the page's part of the roll by form, then kind, keeping the roll's order. Read by
        // position: only the entries shown are copied.
        var groups: [ViewContext] = []
        var start = first
        while start < last {
            let form = roll.formIndex[ordered[start]]
            var end = start + 1
            while end < last, roll.formIndex[ordered[end]] == form { end += 1 }
            // A group continued from the previous page keeps counting where that page stopped.
            let formStart = ordered.firstIndex { roll.formIndex[$0] == form } ?? start
            let kinds = HonoureeKind.allCases.compactMap { kind -> ViewContext? in
                let ofKind = ordered[start..<end].filter { roll.entries[$0].award.kind == kind }
                guard !ofKind.isEmpty else { return nil }
                let before = ordered[formStart..<start].count { roll.entries[$0].award.kind == kind }
                return ["kind": kindPlural(kind), "entries": ofKind.map { rollEntry(roll.entries[$0], cards: cards) },
                        "count": VietnameseNumber.integer(ofKind.count), "start": String(before + 1)]
            }
            let name = roll.entries[ordered[start]].award.form
            groups.append(["form": name, "kinds": kinds, "count": VietnameseNumber.integer(end - start), "id": "ht_\(Slug.make(name))"])
            start = end
        }
        let title = number == 1 ? "Khen thưởng năm \(year)" : "Khen thưởng năm \(year) – trang \(number)"
        return page(route, "honours-year", .init(title: title,
                                                 description: "Danh sách khen thưởng năm \(year), theo hình thức khen thưởng.",
                                                 section: .honours, styles: ["honours"]), [
            "year": String(year), "groups": groups, "award_count": VietnameseNumber.integer(ordered.count),
            "honours_href": cards.href(.honours),
            "years": roll.years.map { ["year": String($0), "href": cards.href(.honoursYear($0, page: 1)), "current": $0 == year] as ViewContext },
            "pagination": Pagination(current: number, count: pages)
                .context(cards: cards, route: { .honoursYear(year, page: $0) }, label: "Các trang của danh sách năm \(year)"),
        ])
    }

    private func rollEntry(_ entry: HonourRoll.Entry, cards: Cards) -> ViewContext {
        var item: ViewContext = ["name": entry.award.name, "decision_number": entry.decision.number,
                                 "decision_href": cards.href(.decision(entry.decision.id)),
                                 "date": entry.decision.issued.short]
        item.set("unit", entry.award.unit)
        item.set("position", entry.award.position)
        item.set("title", entry.award.title)
        return item
    }

    private func kindPlural(_ kind: HonoureeKind) -> String {
        switch kind {
        case .individual: "Cá nhân"
        case .collective: "Tập thể"
        case .household: "Hộ gia đình"
        }
    }

    private func honoursLetterPage(_ group: (letter: String, honourees: [HonourRoll.Honouree]), page number: Int) -> Page {
        let letters = index.alphabetical
        let route = Route.honoursLetter(group.letter, page: number)
        let cards = cards(on: route)
        let pages = Pagination.pageCount(group.honourees.count, perPage: Self.letterPageSize)
        let honourees = group.honourees.dropFirst((number - 1) * Self.letterPageSize).prefix(Self.letterPageSize)
        let title = "Tra cứu khen thưởng theo tên: \(group.letter)" + (number == 1 ? "" : " – trang \(number)")
        return page(route, "honours-letter", .init(title: title,
                                                   description: "Người và tập thể được khen thưởng có tên bắt đầu bằng \(group.letter).",
                                                   section: .honours, styles: ["honours"]), [
            "letter": group.letter, "letters": letterLinks(letters, current: group.letter, cards: cards),
            "count": VietnameseNumber.integer(group.honourees.count),
            "start": String((number - 1) * Self.letterPageSize + 1),
            "pagination": Pagination(current: number, count: pages)
                .context(cards: cards, route: { .honoursLetter(group.letter, page: $0) }, label: "Các trang của chữ \(group.letter)"),
            "honourees": honourees.map { honouree -> ViewContext in
                var item: ViewContext = [
                    "name": honouree.name, "kind": honouree.kind.vietnameseName,
                    "awards": honouree.entries.map { entry -> ViewContext in
                        var award: ViewContext = ["form": entry.award.form,
                                                  "decision_number": entry.decision.number,
                                                  "decision_href": cards.href(.decision(entry.decision.id)),
                                                  "date": entry.decision.issued.short]
                        award.set("title", entry.award.title)
                        return award
                    },
                ]
                item.set("unit", honouree.unit)
                return item
            },
        ])
    }

    func decisionPage(_ decision: Decision, awardRows: String) -> Page {
        let route = Route.decision(decision.id)
        let cards = cards(on: route)
        var content: ViewContext = [
            "number": decision.number, "title": decision.title, "issuer": decision.issuer,
            "issuer_upper": decision.issuer.uppercased(), "date": decision.issued.long,
            "award_rows": awardRows, "award_count": VietnameseNumber.integer(decision.awards.count),
            "table_id": "danh_sach", "caption": "Danh sách khen thưởng theo Quyết định số \(decision.number)",
        ]
        content.set("parent_issuer_upper", decision.parentIssuer?.uppercased())
        content.set("date_line", dateLine(place: decision.place, day: decision.issued, year: decision.issued.year))
        content.set("signer", decision.signer.map(signerContext))
        content.set("plan", decision.plan.flatMap { index.plans[$0.id] }.map(cards.plan))
        let exemplars = (site.links.exemplarsOfDecision[decision.id] ?? []).compactMap { index.exemplars[$0] }
        content["exemplars"] = exemplars.map(cards.exemplar)
        content["has_exemplars"] = !exemplars.isEmpty
        return page(route, "decision", .init(title: "Quyết định số \(decision.number)",
                                              description: decision.title, isArticle: true, section: .honours, styles: ["document"]), content)
    }

    /// The rows of a decision's award table (`award-rows.mustache`), HTML for `{{{award_rows}}}`:
    /// they hold no link, so the decision's page and its campaign's page show the same rows.
    func awardRowsHTML(_ decision: Decision) -> String {
        templates.render("award-rows", ["awards": awardRows(decision.awards)], log: log)
    }

    /// The awards in the decision's own order, numbered (STT) as issued.
    func awardRows(_ awards: [Award]) -> [ViewContext] {
        awards.enumerated().map { offset, award in
            var row: ViewContext = ["stt": String(offset + 1), "name": award.name,
                                    "kind": award.kind.vietnameseName, "form": award.form]
            row.set("unit", award.unit)
            row.set("position", award.position)
            row.set("title", award.title)
            row.set("achievement", award.achievement)
            return row
        }
    }

    /// Awards per form of the decisions of one campaign, highest standing first.
    func formCounts(of decisions: [Decision]) -> [(form: String, count: Int)] {
        let order = index.honourRoll.forms
        let awards = decisions.flatMap(\.awards)
        return order.compactMap { form in
            let count = awards.count { $0.form == form }
            return count > 0 ? (form, count) : nil
        }
    }

    /// The awards of one campaign: `decisions` are its decisions, `awardRows` their tables' rows.
    func honoursOfPlanPage(_ plan: Plan, decisions: [Decision], awardRows: [String]) -> Page {
        let route = Route.honoursOfPlan(plan.id)
        let cards = cards(on: route)
        let forms = formCounts(of: decisions)
        let chart = BarChart(id: "bieu_do_hinh_thuc", title: "Số khen thưởng theo hình thức", rowHeader: "Hình thức",
                             series: ["Số khen thưởng"], rows: forms.map { .init(label: $0.form, values: [$0.count]) })
        return page(route, "honours-of-plan", .init(title: "Khen thưởng theo kế hoạch: \(plan.title)",
                                                     description: "Các quyết định khen thưởng của kế hoạch \(plan.number ?? plan.title).",
                                                     section: .honours, styles: ["honours"]), [
            "plan": cards.plan(plan),
            "decisions": zip(decisions, awardRows).map { decision, rows in
                cards.decision(decision).merging([
                    "award_rows": rows, "table_id": "qd_\(Slug.make(decision.id))",
                    "caption": "Danh sách khen thưởng theo Quyết định số \(decision.number)",
                ])
            },
            "chart": chart.table,
            "award_count": VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count }),
        ])
    }
}
