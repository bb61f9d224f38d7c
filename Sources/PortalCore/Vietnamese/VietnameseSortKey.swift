import Foundation

/// Where a string falls in Vietnamese alphabetical order (CLDR `vi`): a ă â b c d đ e ê … y,
/// then tones (none, huyền, hỏi, ngã, sắc, nặng), then case.
///
/// The order is exactly that of Foundation's `compare(_:locale: Locale(identifier: "vi_VN"))`,
/// checked by `VietnameseCollationOracleTests`, but computed once per string: an honour roll sorts
/// thousands of names, and asking ICU for every comparison is far too slow. Comparing two keys is
/// comparing two arrays of integers.
///
/// How ICU's order treats what is not a letter, found by asking it:
/// - spaces, hyphens, punctuation and digits count (they are not skipped) and sort before letters:
///   `Lê An` < `Lê-An` < `LêAn`, and a shorter string before a longer one it starts (`An` < `An Bình`);
/// - digits are compared one by one: `Tổ 10` < `Tổ 9`;
/// - a tone is weighed where it stands in the word, so `hoá` < `hóa` (the first difference in tone
///   position decides) and both sort after `hoà`;
/// - case only decides when letters and tones are equal: `an` < `An` < `àn`;
/// - NFC and NFD spellings of a string have equal keys. Strings ICU calls equal although they differ
///   (invisible characters such as a soft hyphen) are ordered by code point so sorting is repeatable.
struct VietnameseSortKey: Comparable, Hashable, Sendable {
    /// Primary, secondary and tertiary weights, each level closed by a separator, then the NFD
    /// code points as the final tie-break.
    let weights: [UInt32]

    init(_ text: String) {
        weights = Self.weights(for: text, breakingTies: true)
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.weights.lexicographicallyPrecedes(rhs.weights)
    }

    /// The collation weights of `text`. Without `breakingTies`, strings that ICU calls equal get
    /// equal weights; `PersonNameSortKey` needs that to compare a name part by part as the oracle does.
    /// Every weight is at least 1, so a caller may end a key with 0 to concatenate keys.
    static func weights(for text: String, breakingTies: Bool) -> [UInt32] {
        typealias Table = VietnameseCollationTable
        // NFD makes one spelling of every letter: base, then its marks in canonical order.
        let scalars = text.nfdScalars
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        var tertiary: [UInt32] = []
        primary.reserveCapacity(scalars.count)
        secondary.reserveCapacity(scalars.count + 4)
        tertiary.reserveCapacity(scalars.count)

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let facts = Facts.of(scalar)
            index += 1
            if facts.isIgnorable { continue }
            if facts.isCombiningMark {
                // A mark with no letter before it weighs only at the tone level.
                secondary.append(Table.markWeight(scalar))
                continue
            }
            let marks = index..<(scalars[index...].firstIndex { !Facts.of($0).isCombiningMark } ?? scalars.count)
            index = marks.upperBound

            let base = facts.lowercased
            let caseWeight = facts.isUppercase ? Table.upperCaseTertiary : Table.lowerCaseTertiary
            let modifier = modifierIndex(base: base, marks: marks, in: scalars)
            let letter = modifier.flatMap { Table.letter(base: base, modifier: scalars[$0]) } ?? base

            if scalar == "\u{2026}" {
                // ICU reads an ellipsis as three full stops, identical at every level.
                for _ in 0..<3 {
                    primary.append(Table.punctuationWeights["."] ?? Table.unlistedWeight(scalar))
                    secondary.append(Table.commonSecondary)
                    tertiary.append(Table.lowerCaseTertiary)
                }
            } else if letter == "ð", let d = Table.letterWeights["d"] {
                primary.append(d)
                secondary.append(Table.commonSecondary)
                secondary.append(Table.ethSecondary)
                tertiary.append(caseWeight)
            } else {
                primary.append(Facts.of(letter).primaryWeight)
                secondary.append(Table.secondaryWeight(of: letter))
                tertiary.append(caseWeight)
            }
            // Tones (and marks that did not make a new letter) follow their letter at the second
            // level; that is why `hóa` and `hoá` differ. A mark's own case weight is always the
            // same, so it is left out of the third level without changing any comparison.
            for markIndex in marks where markIndex != modifier {
                secondary.append(Table.markWeight(scalars[markIndex]))
            }
        }

        var key = primary
        key.reserveCapacity(primary.count + secondary.count + tertiary.count + (breakingTies ? scalars.count + 3 : 2))
        key.append(Table.levelSeparator)
        key.append(contentsOf: secondary)
        key.append(Table.levelSeparator)
        key.append(contentsOf: tertiary)
        if breakingTies {
            key.append(Table.levelSeparator)
            // Shifted by 2 to stay above the separator and the 0 that ends a name part.
            key.append(contentsOf: scalars.lazy.map { $0.value + 2 })
        }
        return key
    }

    /// Which of a base letter's marks turns it into another letter (`a` + breve → `ă`), if any.
    /// As in Unicode's canonical matching, a mark counts only if no mark between it and the base
    /// has the same or a higher combining class: in NFD `ệ` is `e` + dot below + circumflex, and
    /// the circumflex still makes `ê`; in `e` + acute + circumflex it does not.
    private static func modifierIndex(base: Unicode.Scalar, marks: Range<Int>, in scalars: [Unicode.Scalar]) -> Int? {
        func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 { Facts.of(scalar).combiningClass }
        for index in marks where VietnameseCollationTable.letter(base: base, modifier: scalars[index]) != nil {
            let ownClass = combiningClass(scalars[index])
            let blocked = scalars[marks.lowerBound..<index].contains {
                combiningClass($0) == 0 || combiningClass($0) >= ownClass
            }
            if !blocked { return index }
        }
        return nil
    }

    /// Control characters and format characters (soft hyphen, zero-width space and joiners) do not
    /// count at all: `Ng\u{AD}uyễn` sorts with `Nguyễn`.
    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 0x20) { return lower }
        guard scalar.properties.isUppercase else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping[mapping.startIndex] : scalar
    }

    /// What `weights` asks of a scalar, found once for the scalars below U+2500 (Latin, Vietnamese
    /// and their punctuation): Unicode's property tables and the weight dictionaries are otherwise
    /// consulted several times for every scalar of a hundred thousand names.
    private struct Facts {
        let isIgnorable: Bool
        let isCombiningMark: Bool
        let isUppercase: Bool
        let lowercased: Unicode.Scalar
        let combiningClass: UInt8
        /// The primary weight of the scalar as a letter (or digit, or punctuation) on its own.
        let primaryWeight: UInt32

        init(_ scalar: Unicode.Scalar) {
            typealias Table = VietnameseCollationTable
            isIgnorable = VietnameseSortKey.isIgnorable(scalar)
            isCombiningMark = scalar.isCombiningMark
            isUppercase = scalar.properties.isUppercase
            lowercased = VietnameseSortKey.lowercased(scalar)
            combiningClass = scalar.properties.canonicalCombiningClass.rawValue
            primaryWeight = Table.letterWeights[scalar] ?? Table.digitWeight(scalar) ?? Table.punctuationWeights[scalar]
                ?? Table.unlistedWeight(scalar)
        }

        static func of(_ scalar: Unicode.Scalar) -> Facts {
            scalar.value < table.count ? table[Int(scalar.value)] : Facts(scalar)
        }

        private static let table: [Facts] = (0..<NFCQuickCheck.tableSize).map { Facts(Unicode.Scalar($0) ?? "\u{FFFD}") }
    }
}
