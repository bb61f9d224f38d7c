import Foundation

/// Lịch các đợt thi đua và thời hạn: `lich.ics` with every phase and deadline of every plan, and one
/// `.ics` per plan that has any, for people to add to their phone's calendar.
struct PlanCalendar {
    let site: Site

    func pages() -> [Page] {
        var pages: [Page] = []
        let all = site.plans.flatMap(events)
        // RFC 5545 wants at least one component: a site with no dates has no calendar file.
        if !all.isEmpty {
            let calendar = ICalendar(name: "Lịch thi đua – \(site.config.shortTitle)", productID: productID, events: all)
            pages.append(Page(path: Routes.path(.calendar), contents: Data(calendar.text.utf8)))
        }
        for plan in site.plans {
            let events = events(of: plan)
            guard !events.isEmpty else { continue }
            let name = plan.number.map { "Kế hoạch số \($0)" } ?? "Kế hoạch: \(plan.title)"
            let calendar = ICalendar(name: name, productID: productID, events: events)
            pages.append(Page(path: Routes.path(.planCalendar(plan.id)), contents: Data(calendar.text.utf8)))
        }
        return pages
    }

    /// Whether the plan has its own `.ics` (so its page links to it).
    static func hasEvents(_ plan: Plan) -> Bool { !plan.phases.isEmpty || !plan.deadlines.isEmpty }

    /// The plan's phases in their order, then its deadlines by date.
    func events(of plan: Plan) -> [ICalendar.Event] {
        let url = Routes.absolute(.plan(plan.id), baseURL: site.config.baseURL)
        // Issued day, or 1 January of the year for a plan dated by its year only.
        let stamp = (plan.issued ?? Day(year: plan.year, month: 1, day: 1)).map(ICalendar.stamp) ?? "19700101T000000Z"
        let source = plan.number.map { "Kế hoạch số \($0) của \(plan.issuer): \(plan.title)" } ?? "Kế hoạch của \(plan.issuer): \(plan.title)"
        var used: [String: Int] = [:]
        func uid(_ item: String) -> String {
            used[item, default: 0] += 1
            let count = used[item] ?? 1
            return "\(Slug.make(plan.id)).\(item)\(count > 1 ? "-\(count)" : "")@\(host)"
        }
        let phases = plan.phases.map { phase in
            ICalendar.Event(
                uid: uid("phase-\(Slug.make(phase.name))"), stamp: stamp, first: phase.range.from, last: phase.range.to,
                summary: "\(phase.name): \(plan.title)",
                description: [phase.goal, source].compactMap { $0 }.joined(separator: "\n"), url: url)
        }
        let deadlines = plan.deadlines.sorted { $0.date < $1.date }.map { deadline in
            ICalendar.Event(
                uid: uid("deadline-\(deadline.date.iso)"), stamp: stamp, first: deadline.date, last: deadline.date,
                summary: "Hạn: \(deadline.what)",
                description: [deadline.who.map { "Đơn vị thực hiện: \($0)" }, source].compactMap { $0 }.joined(separator: "\n"),
                url: url)
        }
        return phases + deadlines
    }

    private var productID: String { "-//CampaignPortal//\(site.config.title)//VI" }

    /// The site's host names the UIDs, so two portals never share one.
    private var host: String { URL(string: site.config.baseURL)?.host ?? "campaignportal" }
}
