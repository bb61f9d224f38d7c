import Foundation

/// Tiến độ kế hoạch: the campaign period, its phases and its deadlines on one time axis, with
/// today's mark, drawn as inline SVG when the site is built (no script runs in the browser).
///
/// The drawing scales to any width (a `viewBox`, `width="100%"`); a screen reader gets its
/// `<title>` and `<desc>`, and every date is also in `items`, which the page shows as a list.
struct PlanTimeline {
    /// One line of the list of dates beside the drawing.
    struct Item {
        let label: String
        let from: Day
        /// Nil for a single day.
        let to: Day?
        let note: String?
    }

    let plan: Plan
    let today: Day
    let first: Day
    let last: Day

    /// Nil when the plan gives no date to draw.
    init?(plan: Plan, today: Day) {
        let days = [plan.period?.from, plan.period?.to].compactMap { $0 }
            + plan.phases.flatMap { [$0.range.from, $0.range.to] } + plan.deadlines.map(\.date)
        guard let first = days.min(), let last = days.max() else { return nil }
        self.plan = plan
        self.today = today
        // A single day still needs a width to be drawn on.
        self.first = first == last ? first.adding(days: -15) ?? first : first
        self.last = first == last ? last.adding(days: 15) ?? last : last
    }

    var deadlines: [Deadline] { plan.deadlines.sorted { $0.date < $1.date } }

    var showsToday: Bool { first <= today && today <= last }

    var items: [Item] {
        var items: [Item] = []
        if let period = plan.period { items.append(Item(label: "Thời gian thi đua", from: period.from, to: period.to, note: nil)) }
        items += plan.phases.map { Item(label: $0.name, from: $0.range.from, to: $0.range.to, note: nil) }
        items += deadlines.enumerated().map { Item(label: "Thời hạn \($0.offset + 1)", from: $0.element.date, to: nil, note: $0.element.what) }
        items.append(Item(label: "Hôm nay", from: today, to: nil, note: PlanStatus(plan, today: today).label))
        return items
    }

    var title: String {
        "Tiến độ " + (plan.number.map { "Kế hoạch số \($0)" } ?? "kế hoạch")
    }

    /// The drawing said in words, for those who cannot see it.
    var description: String {
        var sentences = items.dropLast().map { item in
            let when = item.to.map { "từ \(item.from.short) đến \($0.short)" } ?? "ngày \(item.from.short)"
            return "\(item.label) \(when)" + (item.note.map { ": \($0)" } ?? "")
        }
        let todayText = "Hôm nay, ngày \(today.short): \(PlanStatus(plan, today: today).label.lowercased())"
        sentences.append(showsToday ? todayText : todayText + ", ngoài khoảng thời gian trên hình")
        return sentences.joined(separator: ". ") + "."
    }

    // MARK: Drawing

    private static let width = 640.0
    private static let left = 16.0
    private static let right = 624.0
    private static let rowHeight = 46.0
    private static let ink = "#1d1d1f", muted = "#767b82", track = "#e3e6ea", active = "#0b4f9c", due = "#9b1c1c"

    private func x(_ day: Day) -> Double {
        let span = Double(max(1, last.daysSinceEpoch - first.daysSinceEpoch))
        return Self.left + (Self.right - Self.left) * Double(day.daysSinceEpoch - first.daysSinceEpoch) / span
    }

    /// The SVG element, ids prefixed by `id` so it is unique on its page.
    func svg(id: String) -> String {
        var body: [String] = []
        var y = 8.0
        if showsToday {
            body.append(text("Hôm nay \(today.short)", x: x(today), y: 26, anchor: anchor(at: x(today)), weight: "700"))
            y = 40
        }
        let chartTop = y
        if let period = plan.period {
            body += bar(label: "Thời gian thi đua: \(period.from.short) – \(period.to.short)", period.from, period.to, y: y, fill: Self.track)
            y += Self.rowHeight
        }
        for phase in plan.phases {
            let fill = phase.range.to < today ? Self.muted : Self.active
            body += bar(label: "\(phase.name): \(phase.range.from.short) – \(phase.range.to.short)", phase.range.from, phase.range.to, y: y, fill: fill)
            y += Self.rowHeight
        }
        if !deadlines.isEmpty {
            body.append(text("Thời hạn", x: Self.left, y: y + 18))
            let line = y + 34
            body.append(#"<line x1="\#(n(Self.left))" y1="\#(n(line))" x2="\#(n(Self.right))" y2="\#(n(line))" stroke="\#(Self.track)" stroke-width="2"/>"#)
            var previous: (x: Double, raised: Bool)?
            for (index, deadline) in deadlines.enumerated() {
                let cx = x(deadline.date)
                let fill = deadline.date < today ? Self.muted : Self.due
                body.append(#"<path d="M\#(n(cx)) \#(n(line - 9))l9 9-9 9-9-9z" fill="\#(fill)"/>"#)
                // Numbers of deadlines close together take turns on two lines so they do not overlap.
                let raised = previous.map { cx - $0.x < 24 && !$0.raised } ?? false
                body.append(text(String(index + 1), x: cx, y: line + (raised ? 50 : 30), anchor: "middle"))
                previous = (cx, raised)
            }
            y += 90
        }
        let axis = y + 8
        body.append(#"<line x1="\#(n(Self.left))" y1="\#(n(axis))" x2="\#(n(Self.right))" y2="\#(n(axis))" stroke="\#(Self.ink)" stroke-width="1.5"/>"#)
        if !ticks.isEmpty {
            let marks = ticks.map { "M\(n(x($0))) \(n(axis - 5))v10" }.joined()
            body.append(#"<path d="\#(marks)" stroke="\#(Self.ink)"/>"#)
        }
        body.append(text(first.short, x: Self.left, y: axis + 26))
        body.append(text(last.short, x: Self.right, y: axis + 26, anchor: "end"))
        if showsToday {
            // First, so the labels are drawn over it.
            body.insert(#"<line x1="\#(n(x(today)))" y1="\#(n(chartTop - 6))" x2="\#(n(x(today)))" y2="\#(n(axis))" stroke="\#(Self.ink)" stroke-width="2" stroke-dasharray="6 4"/>"#, at: 0)
        }
        let height = axis + 36
        return #"<svg role="img" aria-labelledby="\#(id)-title" aria-describedby="\#(id)-desc" viewBox="0 0 \#(n(Self.width)) \#(n(height))" width="100%" font-family="system-ui, sans-serif" font-size="18" fill="\#(Self.ink)">"#
            + "\n<title id=\"\(id)-title\">\(XML.escape(title))</title>\n<desc id=\"\(id)-desc\">\(XML.escape(description))</desc>\n"
            + body.joined(separator: "\n") + "\n</svg>"
    }

    /// A label above a bar from `from` to `to`.
    private func bar(label: String, _ from: Day, _ to: Day, y: Double, fill: String) -> [String] {
        let x0 = x(from)
        // The bar covers the whole last day, and even a one-day phase stays visible.
        let x1 = max(x0 + 4, min(Self.right, x(to.adding(days: 1) ?? to)))
        return [
            text(label, x: Self.left, y: y + 18),
            #"<rect x="\#(n(x0))" y="\#(n(y + 24))" width="\#(n(x1 - x0))" height="14" rx="3" fill="\#(fill)"/>"#,
        ]
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil) -> String {
        // Long names are cut in the drawing only: the list beside it has them in full.
        let shown = content.count > 56 ? String(content.prefix(55)) + "…" : content
        let weightAttribute = weight.map { " font-weight=\"\($0)\"" } ?? ""
        let anchorAttribute = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        return #"<text x="\#(n(x))" y="\#(n(y))"\#(anchorAttribute)\#(weightAttribute)>\#(XML.escape(shown))</text>"#
    }

    /// Keeps a label near an edge inside the drawing.
    private func anchor(at x: Double) -> String {
        x < Self.width / 4 ? "start" : x > Self.width * 3 / 4 ? "end" : "middle"
    }

    /// The first day of each month inside the range, or of each year when that is more than two years.
    private var ticks: [Day] {
        let months = (last.year - first.year) * 12 + last.month - first.month
        var ticks: [Day] = []
        var year = first.year, month = first.month
        while let day = Day(year: year, month: month, day: 1), day <= last {
            if day > first, months <= 24 || month == 1 { ticks.append(day) }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return ticks
    }

    /// Coordinates with at most one decimal, the same on every machine.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
