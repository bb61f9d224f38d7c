/// A horizontal stacked bar chart drawn at build time as inline SVG, with the same numbers as a
/// table: citizens on cheap phones get a picture without scripts, and screen readers get the table.
struct BarChart {
    struct Row {
        let label: String
        let values: [Int]
        var total: Int { values.reduce(0, +) }
    }

    /// Used in the SVG ids so two charts on one page do not share them.
    let id: String
    let title: String
    /// What the rows are (`Năm`, `Hình thức`): the heading of the table's first column.
    let rowHeader: String
    /// What one segment colour stands for (award forms); one series draws plain bars.
    let series: [String]
    let rows: [Row]

    /// Colours with at least 4.5:1 contrast on white, so thin bars stay visible.
    static let palette = ["#9b1c1c", "#0b4f9c", "#1f6f3a", "#8a5a00", "#5b2a86", "#00607a", "#4a4f57", "#a3367a"]

    static func colour(_ index: Int) -> String { palette[index % palette.count] }

    private let width = 400
    private let rowHeight = 46
    private let barLeft = 0
    private let barWidth = 340

    var svg: String {
        let height = max(1, rows.count) * rowHeight + 8
        let maxTotal = max(1, rows.map(\.total).max() ?? 1)
        var out = """
        <svg class="chart" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(id)-t \(id)-d" \
        xmlns="http://www.w3.org/2000/svg"><title id="\(id)-t">\(XML.escape(title))</title>\
        <desc id="\(id)-d">\(XML.escape(description))</desc>
        """
        for (index, row) in rows.enumerated() {
            let top = index * rowHeight + 4
            out += "<text x=\"\(barLeft)\" y=\"\(top + 14)\" class=\"chart-label\">\(XML.escape(row.label))</text>"
            var x = barLeft
            for (seriesIndex, value) in row.values.enumerated() where value > 0 {
                let length = max(2, value * barWidth / maxTotal)
                out += "<rect x=\"\(x)\" y=\"\(top + 20)\" width=\"\(length)\" height=\"18\" fill=\"\(Self.colour(seriesIndex))\">"
                    + "<title>\(XML.escape(series.indices.contains(seriesIndex) ? series[seriesIndex] : "")): \(VietnameseNumber.integer(value))</title></rect>"
                x += length
            }
            out += "<text x=\"\(x + 6)\" y=\"\(top + 34)\" class=\"chart-value\">\(VietnameseNumber.integer(row.total))</text>"
        }
        return out + "</svg>"
    }

    /// The chart in one sentence, for `<desc>`.
    var description: String {
        rows.map { "\($0.label): \(VietnameseNumber.integer($0.total))" }.joined(separator: "; ") + "."
    }

    /// The table a template shows under the chart: its rows carry the same numbers.
    var table: ViewContext {
        [
            "id": id,
            "caption": "Số liệu của biểu đồ: \(title)",
            "row_header": rowHeader,
            "svg": svg,
            "series": series.enumerated().map { ["name": $1, "colour": Self.colour($0)] as ViewContext },
            "show_legend": series.count > 1,
            "rows": rows.map { row in
                ["label": row.label, "values": row.values.map(VietnameseNumber.integer), "total": VietnameseNumber.integer(row.total)] as ViewContext
            },
        ]
    }
}
