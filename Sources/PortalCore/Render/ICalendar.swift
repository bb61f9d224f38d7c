import Foundation

/// An iCalendar file (RFC 5545) of all-day events, written by hand: the format is a few rules —
/// CRLF line ends, lines folded at 75 octets, TEXT values escaped — and each is kept here, once.
struct ICalendar {
    /// One all-day VEVENT.
    struct Event {
        /// Stable across builds, so a subscribed calendar updates the event instead of adding another.
        let uid: String
        /// When the information was issued, as a UTC date-time (`20240225T170000Z`): from the
        /// content, never the clock, so two builds of the same content are byte-identical.
        let stamp: String
        let first: Day
        /// Inclusive; written as DTEND, the day after, which RFC 5545 makes exclusive.
        let last: Day
        let summary: String
        let description: String?
        let url: String?
    }

    /// X-WR-CALNAME: the name calendar apps show for a subscription.
    let name: String
    /// PRODID: who made the file.
    let productID: String
    let events: [Event]

    /// The whole file: `BEGIN:VCALENDAR` … `END:VCALENDAR`, every line folded and ended with CRLF.
    var text: String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(Self.escape(productID))",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escape(name))",
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.escape(event.uid))",
                "DTSTAMP:\(event.stamp)",
                "DTSTART;VALUE=DATE:\(Self.date(event.first))",
                "DTEND;VALUE=DATE:\(Self.date(event.last.adding(days: 1) ?? event.last))",
                "SUMMARY:\(Self.escape(event.summary))",
            ]
            if let description = event.description { lines.append("DESCRIPTION:\(Self.escape(description))") }
            if let url = event.url { lines.append("URL:\(url)") }
            // An all-day campaign does not make anyone busy.
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }

    /// `20240301`: a DATE value.
    static func date(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// Midnight of `day` in Việt Nam (UTC+7) as a UTC DATE-TIME: `2024-02-26` → `20240225T170000Z`.
    static func stamp(_ day: Day) -> String {
        date(day.adding(days: -1) ?? day) + "T170000Z"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, a line break becomes `\n`;
    /// other control characters are not allowed in TEXT and are dropped.
    static func escape(_ text: String) -> String {
        // On the UTF-8 bytes: every byte escaped or dropped is ASCII, and a city's calendar has
        // hundreds of thousands of texts.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\n"): if previous != UInt8(ascii: "\r") { out += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            case UInt8(ascii: "\t"): out.append(byte)
            case ..<0x20, 0x7F: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): each
    /// continuation starts with one space. Vietnamese letters are two or three octets in UTF-8, so
    /// the cut moves back to the start of a character rather than splitting one.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var pieces: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // 0b10xxxxxx is the middle of a UTF-8 sequence: never cut before it.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74  // the leading space counts
        }
        return pieces.joined(separator: "\r\n ")
    }
}
