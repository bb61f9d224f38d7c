import Foundation

/// Folds Vietnamese text to its bare Latin letters: lower case, `đ → d`, every tone and vowel mark
/// removed (`Ữ → u`), spaces and punctuation kept.
///
/// Citizens often type without diacritics (`nguyen thi anh tuyet`), so search compares folded text;
/// slugs start from the same folding so a page path reads like the title it came from.
enum DiacriticFolding {
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        // NFD splits `ữ` into `u` + horn + tilde, so removing the marks leaves the base letter.
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isCombiningMark { continue }
            switch scalar {
            // `đ` has no decomposition in Unicode; the Icelandic eth `ð`/`Ð` is a common mistyping of it.
            case "đ", "Đ", "ð", "Ð":
                folded.append("d")
            default:
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        // Recompose whatever NFD split apart outside Vietnamese (Hangul, for one).
        return String(folded).nfc
    }
}

extension Unicode.Scalar {
    /// A mark that attaches to the letter before it (tones, circumflex, breve, horn …).
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
