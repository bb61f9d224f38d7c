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

    /// `fold` of one character, as the search tokeniser asks for it millions of times on a large
    /// site: Latin letters come from a table made once, anything else is folded on the spot.
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(Character(scalar)).lowercased() }
        return latinFolds[scalar] ?? fold(String(Character(scalar)))
    }

    /// Every Latin letter with marks Vietnamese (and its neighbours) write, folded.
    private static let latinFolds: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for range in [0x00C0...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[scalar] = fold(String(Character(scalar)))
            }
        }
        return table
    }()
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
