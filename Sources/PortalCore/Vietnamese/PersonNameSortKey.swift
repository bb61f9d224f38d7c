/// Where a person's full name falls in an official list: by given name (the last word), then the
/// middle names in order, then the family name (the first word), each in Vietnamese order, and
/// finally by the whole name.
///
/// Vietnamese lists are read this way because the family name says little: a third of the country
/// is Nguyễn, so `Nguyễn Văn An` sits among the Ans, before `Lê Thị Bình`.
struct PersonNameSortKey: Comparable, Hashable, Sendable {
    /// The parts' collation weights one after another, each closed by 0 (below every weight), so
    /// comparing the arrays compares the parts in turn: a part that is a prefix of another, or a
    /// shorter list of middle names, comes first.
    let weights: [UInt32]

    init(fullName: String) {
        let words = fullName.split(whereSeparator: \.isWhitespace).map(String.init)
        let given = words.last ?? ""
        let middle = words.count > 2 ? words[1..<(words.count - 1)] : []
        // One word is a given name alone; it sorts before the same given name with a family name.
        let family = words.count > 1 ? words[0] : ""

        var weights: [UInt32] = []
        func appendPart(_ part: String) {
            weights.append(contentsOf: VietnameseSortKey.weights(for: part, breakingTies: false))
            weights.append(Self.partEnd)
        }
        appendPart(given)
        middle.forEach(appendPart)
        weights.append(Self.partEnd) // ends the list of middle names
        appendPart(family)
        // Names equal part by part (`Lê  An`, `Lê An`) are still told apart, the same way every time.
        weights.append(contentsOf: VietnameseSortKey(fullName).weights)
        self.weights = weights
    }

    /// Compares parts in turn (each in Vietnamese order), then the whole text: for entries filed
    /// under something other than a person's name, such as a collective filed under its full name.
    /// The parts come weighed (`VietnameseSortKey.weights(for:breakingTies: false)`): a caller
    /// weighs each distinct part once.
    init(partWeights: [[UInt32]], whole: String) {
        var weights: [UInt32] = []
        for part in partWeights {
            weights.append(contentsOf: part)
            weights.append(Self.partEnd)
        }
        weights.append(Self.partEnd)
        weights.append(contentsOf: VietnameseSortKey(whole).weights)
        self.weights = weights
    }

    private static let partEnd: UInt32 = 0

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.weights.lexicographicallyPrecedes(rhs.weights)
    }
}
