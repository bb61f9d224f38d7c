/// The plans list (all of them, and one page per status filter) and each plan, laid out like the
/// issued document.
extension PageBuilder {
    func plansPage() -> Page { plansPage(filter: nil) }

    /// One page per `PlanFilter`, so narrowing the list needs no script.
    func planFilterPages() -> [Page] { PlanFilter.allCases.map { plansPage(filter: $0) } }

    private func plansPage(filter: PlanFilter?) -> Page {
        let route = filter?.route ?? .plans
        let cards = cards(on: route)
        let today = options.today
        let shown = site.plans.filter { filter?.includes($0, today: today) ?? true }
        // `site.plans` is newest first, and grouping keeps that order inside each year.
        let years = Dictionary(grouping: shown, by: \.year).sorted { $0.key > $1.key }
        let filters: [ViewContext] = [["label": "Tất cả", "count": VietnameseNumber.integer(site.plans.count),
                                       "href": cards.href(.plans), "current": filter == nil]]
            + PlanFilter.allCases.map { option in
                ["label": option.label, "count": VietnameseNumber.integer(site.plans.filter { option.includes($0, today: today) }.count),
                 "href": cards.href(option.route), "current": option == filter]
            }
        let title = filter.map { "Kế hoạch thi đua: \($0.label.lowercased())" } ?? "Kế hoạch thi đua"
        return page(route, "plans", .init(title: title, description: "Các kế hoạch phát động phong trào thi đua, theo năm, mới nhất trước.", section: .plans), [
            "years": years.map { year, plans in
                let label = year > 0 ? String(year) : "Không rõ năm"
                return ["year": label, "year_id": "nam_\(year)", "plans": plans.map(cards.plan)] as ViewContext
            },
            "count": VietnameseNumber.integer(shown.count),
            "is_empty": shown.isEmpty,
            "filters": filters,
            "today": today.short,
        ])
    }

    func planPage(_ plan: Plan) -> Page {
        let route = Route.plan(plan.id)
        let cards = cards(on: route)
        let body = markdown(plan.body, on: route)
        let today = options.today
        let status = PlanStatus(plan, today: today)
        let deadlines = plan.deadlines.sorted { $0.date < $1.date }
        var content: ViewContext = [
            "title": plan.title, "issuer": plan.issuer, "issuer_upper": plan.issuer.uppercased(),
            "status": status.label, "status_key": status.key, "archived": plan.isArchivedDistrictDocument(on: today),
            "bases": plan.bases, "has_bases": !plan.bases.isEmpty,
            "body": body.html,
            "toc": tableOfContents(plan, headings: body.headings),
            "targets": plan.targets.map { target -> ViewContext in
                var row: ViewContext = ["text": target.text]
                row.set("value", target.value.map {
                    target.fractionDigits > 0 ? VietnameseNumber.decimal($0, fractionDigits: target.fractionDigits) : VietnameseNumber.number($0)
                })
                row.set("unit", target.unit)
                return row
            },
            "has_targets": !plan.targets.isEmpty,
            "phases": plan.phases.map { phase -> ViewContext in
                var row: ViewContext = ["name": phase.name, "from": phase.range.from.short, "to": phase.range.to.short,
                                        "from_iso": phase.range.from.iso, "to_iso": phase.range.to.iso]
                row.set("goal", phase.goal)
                return row
            },
            "has_phases": !plan.phases.isEmpty,
            "award_forms": plan.awardForms, "has_award_forms": !plan.awardForms.isEmpty,
            "responsibilities": plan.responsibilities.enumerated().map { index, responsibility in
                ["number": "\(index + 1).", "unit": responsibility.unit, "tasks": responsibility.tasks] as ViewContext
            },
            "has_responsibilities": !plan.responsibilities.isEmpty,
            "deadlines": deadlines.map { deadline -> ViewContext in
                var row: ViewContext = ["date": deadline.date.short, "date_iso": deadline.date.iso, "what": deadline.what,
                                        "past": deadline.date < today]
                row.set("who", deadline.who)
                return row
            },
            "has_deadlines": !deadlines.isEmpty,
            "recipients": plan.recipients, "has_recipients": !plan.recipients.isEmpty,
            "attachments": plan.attachments.map { attachment(_: $0, cards: cards) },
            "has_attachments": !plan.attachments.isEmpty,
        ]
        content.set("number", plan.number)
        content.set("parent_issuer_upper", plan.parentIssuer?.uppercased())
        content.set("date_line", dateLine(place: plan.place, day: plan.issued, year: plan.year))
        content.set("period", plan.period.map { "từ \($0.from.long) đến \($0.to.long)" })
        content.set("calendar_href", PlanCalendar.hasEvents(plan) ? cards.href(.planCalendar(plan.id)) : nil)
        content["timeline"] = false
        if let timeline = PlanTimeline(plan: plan, today: today) {
            content["timeline"] = [
                // Our own SVG, every text in it escaped by PlanTimeline.
                "svg": timeline.svg(id: "tien_do_hinh"),
                "items": timeline.items.map { item -> ViewContext in
                    var row: ViewContext = ["label": item.label, "from": item.from.short, "from_iso": item.from.iso, "has_to": item.to != nil]
                    row.set("to", item.to?.short)
                    row.set("to_iso", item.to?.iso)
                    row.set("note", item.note)
                    return row
                },
            ] as ViewContext
        }
        content.set("signer", plan.signer.map(signerContext))
        content.merge(related(planID: plan.id, cards: cards)) { _, new in new }
        return page(route, "plan", .init(title: plan.title, description: plan.number.map { "Kế hoạch số \($0) của \(plan.issuer)." }
            ?? "Kế hoạch của \(plan.issuer).", isArticle: true, section: .plans, styles: ["document"]), content)
    }

    /// The body's top-level headings (I, II, …), then the parts the page adds from the front matter.
    private func tableOfContents(_ plan: Plan, headings: [RenderedMarkdown.Heading]) -> ViewContext {
        let top = headings.map(\.level).min() ?? 2
        var entries: [ViewContext] = headings.filter { $0.level == top }.map { ["text": $0.text, "id": $0.id] }
        let parts: [(Bool, String, String)] = [
            (!plan.targets.isEmpty, "Chỉ tiêu", "chi_tieu"), (!plan.phases.isEmpty, "Các đợt thi đua", "dot_thi_dua"),
            (!plan.awardForms.isEmpty, "Hình thức khen thưởng", "hinh_thuc"),
            (!plan.responsibilities.isEmpty, "Tổ chức thực hiện", "to_chuc_thuc_hien"),
            (!plan.deadlines.isEmpty, "Thời hạn", "thoi_han"), (!plan.attachments.isEmpty, "Tệp đính kèm", "dinh_kem"),
        ]
        entries += parts.filter(\.0).map { ["text": $0.1, "id": $0.2] }
        return ["entries": entries, "show": entries.count > 1]
    }

    /// A link to the file with what it is and how big (`PDF, 801 B`), and its web address for print.
    private func attachment(_ attachment: Attachment, cards: Cards) -> ViewContext {
        let route = Route.media(attachment.file.path)
        let ext = attachment.file.path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.uppercased() } : nil
        }
        let size = site.mediaFiles[attachment.file.path].map { VietnameseNumber.fileSize($0.bytes) }
        var context: ViewContext = ["title": attachment.title, "href": cards.href(route),
                                    "url": Routes.absolute(route, baseURL: site.config.baseURL)]
        context["about"] = [ext, size].compactMap { $0 }.joined(separator: ", ")
        return context
    }

    /// `Gò Vấp, ngày 01 tháng 11 năm 2023` — the line under a document's number.
    func dateLine(place: String?, day: Day?, year: Int) -> String? {
        let date = day?.long ?? (year > 0 ? "năm \(year)" : nil)
        switch (place, date) {
        case let (place?, date?): return "\(place), \(date)"
        case let (nil, date?): return date.prefix(1).uppercased() + date.dropFirst()
        default: return nil
        }
    }

    func signerContext(_ signer: Signer) -> ViewContext {
        var context: ViewContext = ["title": signer.title, "name": signer.name]
        context.set("on_behalf", signer.onBehalf)
        context.set("signing_for", signer.signingFor)
        return context
    }

    /// What points at a plan: its decisions, exemplars and stories.
    private func related(planID: String, cards: Cards) -> ViewContext {
        let decisions = index.decisionsOfPlan[planID] ?? []
        let exemplars = (site.links.exemplarsOfPlan[planID] ?? []).compactMap { index.exemplars[$0] }
        let stories = (site.links.storiesOfPlan[planID] ?? []).compactMap { index.stories[$0] }
        var context: ViewContext = [
            "decisions": decisions.map(cards.decision), "has_decisions": !decisions.isEmpty,
            "exemplars": exemplars.map(cards.exemplar), "has_exemplars": !exemplars.isEmpty,
            "stories": stories.map(cards.story), "has_stories": !stories.isEmpty,
        ]
        if !decisions.isEmpty {
            context["honours_href"] = cards.href(.honoursOfPlan(planID))
            context["award_total"] = VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count })
            context["form_counts"] = formCounts(of: decisions).map { ["form": $0.form, "count": VietnameseNumber.integer($0.count)] as ViewContext }
        }
        return context
    }
}
