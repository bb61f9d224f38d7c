import Foundation

/// `feed.xml` (Atom, RFC 4287) and `feed.json` (JSON Feed 1.1) of stories, plans and decisions,
/// newest first. Dates are the records' own, so two builds of the same content are identical.
struct Feeds {
    let site: Site
    static let limit = 50

    struct Entry {
        let title: String
        let url: String
        let date: Day
        let summary: String?
        let category: String
    }

    var entries: [Entry] {
        let base = site.config.baseURL
        let stories = Self.newest(site.stories, by: \.date).map {
            Entry(title: $0.title, url: Routes.absolute(.story($0.id), baseURL: base), date: $0.date, summary: $0.summary, category: "Tin tức")
        }
        let plans = site.plans.compactMap { plan in
            (plan.issued ?? Day(year: plan.year, month: 1, day: 1)).map {
                Entry(title: plan.number.map { "Kế hoạch số \($0): \(plan.title)" } ?? "Kế hoạch: \(plan.title)",
                      url: Routes.absolute(.plan(plan.id), baseURL: base), date: $0, summary: nil, category: "Kế hoạch")
            }
        }
        let decisions = Self.newest(site.decisions, by: \.issued).map {
            Entry(title: "Quyết định số \($0.number): \($0.title)", url: Routes.absolute(.decision($0.id), baseURL: base),
                  date: $0.issued, summary: "\(VietnameseNumber.integer($0.awards.count)) tập thể, cá nhân được khen thưởng.",
                  category: "Khen thưởng")
        }
        return (stories + plans + decisions)
            .sorted { ($0.date, $0.url) > ($1.date, $1.url) }
            .prefix(Self.limit).map { $0 }
    }

    /// The records that can be among the `limit` newest entries: those dated on or after the
    /// `limit`-th newest date of their kind. Making an entry (an absolute link) for each of a
    /// city's ten thousand stories was most of the feeds' time, and is redone at every edit in
    /// a preview.
    private static func newest<Record>(_ records: [Record], by date: (Record) -> Day) -> [Record] {
        guard records.count > limit else { return records }
        let cutoff = records.map(date).sorted(by: >)[limit - 1]
        return records.filter { date($0) >= cutoff }
    }

    func pages() -> [Page] {
        let entries = self.entries
        return [Page(path: Routes.path(.atomFeed), contents: Data(atom(entries).utf8)),
                Page(path: Routes.path(.jsonFeed), contents: json(entries))]
    }

    /// Midnight in Việt Nam: the records are dated by the day.
    private func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00+07:00" }

    private func atom(_ entries: [Entry]) -> String {
        let base = site.config.baseURL
        let updated = entries.first.map { timestamp($0.date) } ?? "1970-01-01T00:00:00+07:00"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
          <title>\(XML.escape(site.config.title))</title>
          <subtitle>Kế hoạch thi đua, khen thưởng và tin tức</subtitle>
          <id>\(XML.escape(base))</id>
          <link rel="self" type="application/atom+xml" href="\(XML.escape(Routes.absolute(.atomFeed, baseURL: base)))"/>
          <link rel="alternate" type="text/html" href="\(XML.escape(base))"/>
          <updated>\(updated)</updated>
          <author><name>\(XML.escape(site.config.title))</name></author>

        """
        for entry in entries {
            xml += """
              <entry>
                <title>\(XML.escape(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(XML.escape(entry.url))"/>
                <id>\(XML.escape(entry.url))</id>
                <published>\(timestamp(entry.date))</published>
                <updated>\(timestamp(entry.date))</updated>
                <category term="\(XML.escape(entry.category))"/>

            """
            if let summary = entry.summary { xml += "    <summary>\(XML.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    private func json(_ entries: [Entry]) -> Data {
        let base = site.config.baseURL
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": site.config.title,
            "home_page_url": base,
            "feed_url": Routes.absolute(.jsonFeed, baseURL: base),
            "language": "vi",
            "authors": [["name": site.config.title]],
            "items": entries.map { entry -> [String: Any] in
                var item: [String: Any] = ["id": entry.url, "url": entry.url, "title": entry.title,
                                           "date_published": timestamp(entry.date), "tags": [entry.category]]
                item["content_text"] = entry.summary ?? entry.title
                if let summary = entry.summary { item["summary"] = summary }
                return item
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return data + Data("\n".utf8)
    }
}

/// Escaping for XML text and attribute values we write ourselves.
enum XML {
    static func escape(_ text: String) -> String {
        // On the UTF-8 bytes: every byte escaped or dropped is ASCII.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&apos;".utf8
            // Control characters are not allowed in XML 1.0 at all.
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): out.append(byte)
            case ..<0x20: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
