/// One word of indexed or typed text, as written (lower case, marks kept: `đức`) and folded
/// (`duc`). Search matches on the folded form and ranks the written one higher when it is the same.
struct SearchToken: Hashable, Sendable {
    let exact: String
    let folded: String
}

/// Splits text into words the way the search page's script splits what people type
/// (`templates/assets/search.js`, `tokenize`); `Tests/search-folding-cases.json` holds the cases
/// both must pass.
///
/// - Text is read in NFC. A character belongs to a word when its diacritic folding is ASCII letters
///   and digits only (`Đ` → `d`, `ữ` → `u`); a combining mark left over after NFC stays in its word.
///   Anything else separates words, so `5531/KH-UBND` is `5531`, `kh`, `ubnd`.
/// - Words come in phrases: adjacent words of a phrase are indexed as pairs, which is how a query
///   `nguyen van` prefers "Nguyễn Văn An" to a text with "Nguyễn" and "Văn" far apart. Separators break
///   the phrase when they hold a line break, one of `;:!?…()[]{}"“”«»`, or a `.` or `,` together with a
///   space: `An, Trần` is two phrases, `28.500` and `59,60` stay one.
enum SearchIndexTokenizer {
    static func phrases(_ text: String) -> [[SearchToken]] {
        var phrases: [[SearchToken]] = []
        var phrase: [SearchToken] = []
        var exact = String.UnicodeScalarView()
        var folded = String.UnicodeScalarView()
        var separators = SeparatorRun()

        func endWord() {
            guard !folded.isEmpty else { exact = .init(); return }
            if separators.breaksPhrase, !phrase.isEmpty {
                phrases.append(phrase)
                phrase = []
            }
            phrase.append(SearchToken(exact: String(exact), folded: String(folded)))
            exact = .init()
            folded = .init()
            separators = SeparatorRun()
        }

        for scalar in text.nfc.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    exact.append(scalar)
                    folded.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    let lower = Unicode.Scalar(value + 0x20)!
                    exact.append(lower)
                    folded.append(lower)
                } else {
                    endWord()
                    separators.add(scalar)
                }
                continue
            }
            switch Self.character(scalar) {
            case .mark where !folded.isEmpty:
                exact.append(scalar)
            case .letter(let lower, let letters):
                exact.append(contentsOf: lower.unicodeScalars)
                folded.append(contentsOf: letters.unicodeScalars)
            default:
                endWord()
                separators.add(scalar)
            }
        }
        endWord()
        if !phrase.isEmpty { phrases.append(phrase) }
        return phrases
    }

    /// All words of the text, phrases ignored.
    static func tokens(_ text: String) -> [SearchToken] { phrases(text).flatMap { $0 } }

    /// What a character outside ASCII is to a word.
    private enum CharacterRole {
        /// Part of a word: lower-cased as written, and folded.
        case letter(lower: String, folded: String)
        /// A mark NFC could not attach to a letter: it stays in the word it follows.
        case mark
        case separator
    }

    private static func character(_ scalar: Unicode.Scalar) -> CharacterRole {
        let value = Int(scalar.value)
        return value < commonCharacters.count ? commonCharacters[value] : classify(scalar)
    }

    private static func classify(_ scalar: Unicode.Scalar) -> CharacterRole {
        let letters = DiacriticFolding.fold(String(scalar))
        if letters.isEmpty { return scalar.isCombiningMark ? .mark : .separator }
        guard letters.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) else { return .separator }
        return .letter(lower: scalar.properties.lowercaseMapping, folded: letters)
    }

    /// Latin letters with their marks, the marks, and the punctuation of Vietnamese text (`–`, `“`,
    /// `…`), classified once and indexed by code point: a large site's text asks millions of times.
    private static let commonCharacters: [CharacterRole] = (0..<0x2500).map { value in
        Unicode.Scalar(value).map(classify) ?? .separator
    }

    /// What lies between two words, as far as phrases care.
    private struct SeparatorRun {
        private var hardBreak = false
        private var softBreak = false
        private var space = false

        var breaksPhrase: Bool { hardBreak || softBreak && space }

        mutating func add(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}", ";", ":", "!", "?", "…", "(", ")", "[", "]", "{", "}",
                 "\"", "“", "”", "«", "»":
                hardBreak = true
            case ".", ",":
                softBreak = true
            default:
                if scalar.properties.isWhitespace { space = true }
            }
        }
    }
}
