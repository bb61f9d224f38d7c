/// The weights of CLDR's `vi` collation, as ICU (and so Foundation's
/// `compare(_:locale: Locale(identifier: "vi_VN"))`) applies them, for the characters a ward's
/// documents and name lists contain.
///
/// Three levels, each compared left to right only when the one before is equal:
/// 1. primary — the letter: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z;
///    spaces, punctuation and digits are *not* ignored and come before letters, in the order below;
/// 2. secondary — the tones, which follow their letter: none < huyền < hỏi < ngã < sắc < nặng;
/// 3. tertiary — case: lower before upper.
///
/// The numbers were found by comparing strings with the Foundation/ICU oracle
/// (see `VietnameseCollationOracleTests`); only their order matters.
enum VietnameseCollationTable {
    /// Ends one level of a key and starts the next. Below every weight, so `an` sorts before `anh`.
    static let levelSeparator: UInt32 = 1

    // MARK: Primary

    /// Letters in Vietnamese alphabetical order; the Latin letters Vietnamese does not use
    /// (f j w z) keep their Latin places, as CLDR does.
    private static let alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

    /// Primary weight of each lower-case letter of `alphabet` (precomposed `ă`, not `a` + breve).
    static let letterWeights: [Unicode.Scalar: UInt32] = {
        var weights: [Unicode.Scalar: UInt32] = [:]
        for (rank, letter) in alphabet.unicodeScalars.enumerated() {
            weights[letter] = 1000 + UInt32(rank)
        }
        return weights
    }()

    /// Whitespace, punctuation and symbols before digits before letters, in ICU's order
    /// (`Tổ 5` < `Tổ-5` < `Tổ5` < `Tổa`). A no-break space is a space.
    /// Curly quotes share the straight quote's weight and differ from it at the secondary level.
    static let punctuationWeights: [Unicode.Scalar: UInt32] = {
        let ordered: [[Unicode.Scalar]] = [
            ["\t"], ["\n"], ["\u{0B}"], ["\u{0C}"], ["\r"], [" ", "\u{A0}"], ["_"], ["-"], ["\u{2013}"], ["\u{2014}"],
            [","], [";"], [":"], ["!"], ["?"], ["."], ["\u{B7}"], ["'", "\u{2018}", "\u{2019}"],
            ["\"", "\u{201C}", "\u{201D}"], ["\u{AB}"], ["\u{BB}"], ["("], [")"], ["["], ["]"], ["{"], ["}"],
            ["@"], ["*"], ["/"], ["\\"], ["&"], ["#"], ["%"], ["\u{2022}"], ["`"], ["^"], ["\u{B0}"], ["+"],
            ["<"], ["="], [">"], ["|"], ["~"], ["$"],
        ]
        var weights: [Unicode.Scalar: UInt32] = [:]
        for (rank, group) in ordered.enumerated() {
            for scalar in group { weights[scalar] = 100 + UInt32(rank) }
        }
        return weights
    }()

    /// Digits sort by digit, one at a time: `10` before `9`, as in ICU without numeric ordering.
    static func digitWeight(_ scalar: Unicode.Scalar) -> UInt32? {
        guard ("0"..."9").contains(scalar) else { return nil }
        return 500 + scalar.value - 0x30
    }

    /// Characters outside the table (other scripts, rare symbols) sort after all Vietnamese letters
    /// by code point. ICU has a finer order for them; names in a ward's lists do not use them.
    static func unlistedWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        0x10000 + scalar.value
    }

    // MARK: Letters built from a base and a mark

    /// `ă â ê ô ơ ư` are letters of their own, not accented `a e o u`: in NFD they are a base
    /// followed by breve, circumflex or horn, which collation reads as one letter.
    static func letter(base: Unicode.Scalar, modifier: Unicode.Scalar) -> Unicode.Scalar? {
        switch (base, modifier) {
        case ("a", "\u{0306}"): return "ă"
        case ("a", "\u{0302}"): return "â"
        case ("e", "\u{0302}"): return "ê"
        case ("o", "\u{0302}"): return "ô"
        case ("o", "\u{031B}"): return "ơ"
        case ("u", "\u{031B}"): return "ư"
        default: return nil
        }
    }

    // MARK: Secondary

    /// Secondary weight of every letter, digit and punctuation mark itself.
    static let commonSecondary: UInt32 = 5

    /// The curly quotes, secondary variants of `'` and `"`; they sort before any tone.
    static func secondaryWeight(of scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "\u{2018}", "\u{201C}": return 6
        case "\u{2019}", "\u{201D}": return 7
        default: return commonSecondary
        }
    }

    /// Secondary weight of a combining mark that is not part of a letter: the five tones in
    /// Vietnamese order (CLDR `&̀<<̉<<̃<<́<<̣`), then other Latin marks in DUCET order.
    static func markWeight(_ mark: Unicode.Scalar) -> UInt32 {
        switch mark {
        case "\u{0300}": return 10 // huyền
        case "\u{0309}": return 11 // hỏi
        case "\u{0303}": return 12 // ngã
        case "\u{0301}": return 13 // sắc
        case "\u{0323}": return 14 // nặng
        case "\u{0306}": return 20 // breve, on a letter that is not `a`
        case "\u{0302}": return 21 // circumflex
        case "\u{030C}": return 22 // caron
        case "\u{030A}": return 23 // ring
        case "\u{0308}": return 24 // diaeresis
        case "\u{030B}": return 25 // double acute
        case "\u{0307}": return 26 // dot above
        default: return 100 + mark.value
        }
    }

    /// The Icelandic eth `ð` (a frequent stand-in for `đ` in badly converted files) is a `d` with a
    /// secondary difference after all marks, as in the CLDR root collation.
    static let ethSecondary: UInt32 = 0x20000

    // MARK: Tertiary

    static let lowerCaseTertiary: UInt32 = 5
    static let upperCaseTertiary: UInt32 = 6
}
