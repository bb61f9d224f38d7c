import Foundation

/// The letter of the Vietnamese alphabet a word files under in an index: A Ă Â B C D Đ E Ê …
/// Tones are not letters (`Ấ` files under `Â`), but breve, circumflex and horn make letters of their own.
enum VietnameseLetter {
    /// The upper-case letter `word` starts with, or `#` when it starts with no letter.
    static func initial(of word: String) -> String {
        guard let first = word.first else { return "#" }
        let scalars = String(first).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = scalars.first, base.properties.isAlphabetic else { return "#" }
        var kept = String.UnicodeScalarView([base])
        // Keep the marks that make a letter (breve, circumflex, horn); drop the five tone marks.
        kept.append(contentsOf: scalars.dropFirst().filter { ["\u{306}", "\u{302}", "\u{31B}"].contains($0) })
        return String(kept).nfc.uppercased()
    }

    /// An ASCII name for a letter, for page paths, as Telex types it: `Ă` → `aw`, `Đ` → `dd`.
    static func pathName(of letter: String) -> String {
        switch letter {
        case "Ă": "aw"
        case "Â": "aa"
        case "Đ": "dd"
        case "Ê": "ee"
        case "Ô": "oo"
        case "Ơ": "ow"
        case "Ư": "uw"
        case "#": "khac"
        default: Slug.make(letter).isEmpty ? "khac" : Slug.make(letter)
        }
    }
}
