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
        forEachWord(in: text) { word, startsPhrase in
            if startsPhrase || phrases.isEmpty { phrases.append([]) }
            phrases[phrases.count - 1].append(word.token)
        }
        return phrases
    }

    /// A word as `forEachWord` reads it: the UTF-8 bytes as written and folded, valid during the
    /// call only, so that a caller that has seen the word before makes no strings of it.
    struct Word {
        let exact: UnsafeBufferPointer<UInt8>
        let folded: UnsafeBufferPointer<UInt8>
        /// Whether the text was NFC as it came, so `exact` is NFC too: then two words are the same
        /// word exactly when their bytes are equal.
        let isNFC: Bool

        var token: SearchToken {
            SearchToken(exact: String(decoding: exact, as: UTF8.self), folded: String(decoding: folded, as: UTF8.self))
        }
    }

    /// All words of the text, phrases ignored.
    static func tokens(_ text: String) -> [SearchToken] { phrases(text).flatMap { $0 } }

    /// Calls `body` with each word of the text in order, and whether it starts a new phrase (the
    /// first word does not). The index reads millions of words, so they are read from the UTF-8
    /// bytes, without arrays of phrases in between.
    static func forEachWord(in text: String, _ body: (Word, _ startsPhrase: Bool) -> Void) {
        let isNFC = NFCQuickCheck.isNFC(text)
        var text = isNFC ? text : text.nfc
        // Read once here: a global's lazy initialisation is checked on every access otherwise.
        let roles = commonCharacters
        text.withUTF8 { bytes in
            // A character's lower case or folding is at most eight bytes and the character itself at
            // least two (one for ASCII, which maps to one), so no word outgrows four times the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8 * bytes.count) { memory in
                var exact = WordBytes(UnsafeMutableBufferPointer(rebasing: memory[..<(4 * bytes.count)]))
                var folded = WordBytes(UnsafeMutableBufferPointer(rebasing: memory[(4 * bytes.count)...]))
                var separators = SeparatorRun()
                var hasWords = false

                func endWord() {
                    guard folded.count > 0 else { exact.count = 0; return }
                    body(Word(exact: exact.bytes, folded: folded.bytes, isNFC: isNFC), hasWords && separators.breaksPhrase)
                    hasWords = true
                    exact.count = 0
                    folded.count = 0
                    separators = SeparatorRun()
                }

                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        switch byte {
                        case 0x61...0x7A, 0x30...0x39:
                            exact.append(byte)
                            folded.append(byte)
                        case 0x41...0x5A:
                            exact.append(byte + 0x20)
                            folded.append(byte + 0x20)
                        default:
                            endWord()
                            separators.add(ascii: byte)
                        }
                        index += 1
                        continue
                    }
                    let (value, length) = bytes.scalar(at: index)
                    let scalarBytes = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
                    index += length
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    let role = Int(scalar.value) < roles.count ? roles[Int(scalar.value)] : classify(scalar)
                    switch role.kind {
                    case .mark where folded.count > 0:
                        for byte in scalarBytes { exact.append(byte) }
                    case .letter:
                        role.lower.append(to: &exact)
                        role.folded.append(to: &folded)
                    default:
                        endWord()
                        separators.add(scalar)
                    }
                }
                endWord()
            }
        }
    }

    /// The bytes of the word being read, in memory set aside for the whole text: appending a city's
    /// millions of bytes to arrays checked their uniqueness and capacity each time.
    private struct WordBytes {
        private let memory: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        init(_ memory: UnsafeMutableBufferPointer<UInt8>) { self.memory = memory }

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: memory[..<count]) }

        mutating func append(_ byte: UInt8) {
            // The bound above says this never fails; checked anyway, as release builds do not.
            precondition(count < memory.count)
            memory[count] = byte
            count += 1
        }
    }

    /// What a character outside ASCII is to a word, with its lower-case and folded forms as UTF-8.
    private struct Role {
        enum Kind { case letter, mark, separator }
        let kind: Kind
        let lower: PackedBytes
        let folded: PackedBytes

        static let separator = Role(kind: .separator, lower: .empty, folded: .empty)
        static let mark = Role(kind: .mark, lower: .empty, folded: .empty)
    }

    /// Up to eight bytes held in one integer, so the table of roles holds no references to count.
    private struct PackedBytes {
        let bits: UInt64
        let count: Int

        static let empty = PackedBytes(bits: 0, count: 0)

        /// Nil when the text is longer than eight bytes.
        init?(_ text: String) {
            guard text.utf8.count <= 8 else { return nil }
            self.init(bits: text.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }, count: text.utf8.count)
        }

        private init(bits: UInt64, count: Int) {
            self.bits = bits
            self.count = count
        }

        func append(to bytes: inout WordBytes) {
            var bits = bits
            for _ in 0..<count {
                bytes.append(UInt8(truncatingIfNeeded: bits))
                bits >>= 8
            }
        }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Role {
        let letters = DiacriticFolding.fold(String(scalar))
        if letters.isEmpty { return scalar.isCombiningMark ? .mark : .separator }
        guard letters.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) else { return .separator }
        // A single character's lower case and folding are at most three bytes (`İ` → `i̇`) in every
        // Unicode version so far; eight leave room.
        guard let lower = PackedBytes(scalar.properties.lowercaseMapping), let folded = PackedBytes(letters) else { return .separator }
        return Role(kind: .letter, lower: lower, folded: folded)
    }

    /// Latin letters with their marks, the marks, and the punctuation of Vietnamese text (`–`, `“`,
    /// `…`), classified once and indexed by code point: a large site's text asks millions of times.
    private static let commonCharacters: [Role] = (0..<NFCQuickCheck.tableSize).map { value in
        Unicode.Scalar(value).map(classify) ?? .separator
    }

    /// What lies between two words, as far as phrases care.
    private struct SeparatorRun {
        private var hardBreak = false
        private var softBreak = false
        private var space = false

        var breaksPhrase: Bool { hardBreak || softBreak && space }

        /// The same as `add` for an ASCII character, without asking Unicode's tables.
        mutating func add(ascii byte: UInt8) {
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""):
                hardBreak = true
            case UInt8(ascii: "."), UInt8(ascii: ","):
                softBreak = true
            case 0x09, 0x0B, 0x0C, 0x20:
                space = true
            default:
                break
            }
        }

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
