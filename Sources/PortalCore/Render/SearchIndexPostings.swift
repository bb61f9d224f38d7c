/// The inverted index: for each word as written (`đức`) and each pair of adjacent words of a
/// phrase (`nguyễn văn`), the documents that hold it, with a weight from the fields it is in.
///
/// Pairs are what make phrases cheap: the search page finds "Nguyễn Văn …" by looking up the pair
/// `nguyen van` instead of the positions of two very common words.
struct SearchPostings: Sendable {
    struct Posting: Equatable, Sendable {
        let document: Int
        let weight: Int
    }

    /// A word or a pair (two words joined by a space), as written and folded, with its postings
    /// in document order.
    struct Term: Sendable {
        let exact: String
        let folded: String
        var postings: [Posting]

        var isPair: Bool { exact.contains(" ") }
    }

    /// Weights are written as one letter `A`…`Z` in the index.
    static let maximumWeight = 26
    /// A word repeated in a field counts up to this many times: a long story that says "thi đua"
    /// forty times is not forty times more about it.
    static let repeatsCounted = 3

    /// Every word, as written, in the order first met.
    private(set) var words: [Term] = []
    /// Every pair of adjacent words, by the words' numbers: a city has millions of pairs, most in
    /// one document only, so their strings are made only for the pairs the index keeps.
    private var pairs: [(first: Int, second: Int, postings: [Posting])] = []
    // Words get numbers once; everything after that counts numbers, not strings (a site of 10 000
    // stories has millions of words, and hashing Vietnamese strings is the slow part).
    private var wordNumbers: [String: Int] = [:]
    private var pairNumbers = IntKeyTable<Int>()

    /// Documents tokenised at a time: enough to keep every core busy, few enough that a city's
    /// hundred thousand documents are never all held as tokens at once (that was a third of the
    /// build's peak memory).
    static let documentsPerChunk = 2_048
    /// Documents that share one table of local word numbers: common words repeat across them, so
    /// the merge, which runs on one core, hashes each distinct word once per batch.
    static let documentsPerBatch = 64

    init(_ documents: [SearchDocument]) {
        // Tokenising, numbering words within a batch and weighing them are independent per batch,
        // so they run on every core; only giving the batches' words their site-wide numbers is serial.
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerChunk) {
            let end = min(start + Self.documentsPerChunk, documents.count)
            let batches = Array(stride(from: start, to: end, by: Self.documentsPerBatch)).concurrentMap { first in
                Batch(documents[first..<min(first + Self.documentsPerBatch, end)])
            }
            for (offset, batch) in batches.enumerated() {
                add(batch, firstDocument: start + offset * Self.documentsPerBatch)
            }
        }
    }

    /// Words and pairs together (pairs in no particular order).
    var terms: [Term] { words + pairs.indices.map(pairTerm) }

    /// The pairs found in at least two documents, counting every spelling of the pair as one. A pair
    /// only ranks documents that hold both words (the words alone find them), and pairs seen once
    /// are most of the pairs: without them the sample site's index is half the size.
    var sharedPairs: [Term] {
        var foldedNumbers: [String: Int] = [:]
        let folded = words.map { word in
            if let number = foldedNumbers[word.folded] { return number }
            foldedNumbers[word.folded] = foldedNumbers.count
            return foldedNumbers.count - 1
        }
        var documents: [Int: Int] = [:]
        for pair in pairs { documents[folded[pair.first] << 32 | folded[pair.second], default: 0] += pair.postings.count }
        return pairs.indices.filter { documents[folded[pairs[$0].first] << 32 | folded[pairs[$0].second], default: 0] >= 2 }.map(pairTerm)
    }

    private func pairTerm(_ index: Int) -> Term {
        let (first, second) = (words[pairs[index].first], words[pairs[index].second])
        return Term(exact: first.exact + " " + second.exact, folded: first.folded + " " + second.folded, postings: pairs[index].postings)
    }

    private mutating func add(_ batch: Batch, firstDocument: Int) {
        // A batch's terms get their site-wide numbers once, a pair's words before the pair.
        var numbers: [Int] = [], isPair: [Bool] = []
        numbers.reserveCapacity(batch.terms.count)
        isPair.reserveCapacity(batch.terms.count)
        for term in batch.terms {
            switch term {
            case .word(let token): numbers.append(wordNumber(token))
            case .pair(let first, let second): numbers.append(pairNumber(numbers[first], numbers[second]))
            }
            isPair.append(term.isPair)
        }
        for (offset, weights) in batch.documents.enumerated() {
            let document = firstDocument + offset
            for (term, weight) in weights {
                let posting = Posting(document: document, weight: weight)
                if isPair[term] {
                    pairs[numbers[term]].postings.append(posting)
                } else {
                    words[numbers[term]].postings.append(posting)
                }
            }
        }
    }

    private mutating func wordNumber(_ token: SearchToken) -> Int {
        if let number = wordNumbers[token.exact] { return number }
        words.append(Term(exact: token.exact, folded: token.folded, postings: []))
        wordNumbers[token.exact] = words.count - 1
        return words.count - 1
    }

    private mutating func pairNumber(_ first: Int, _ second: Int) -> Int {
        let (index, isNew) = pairNumbers.index(of: first << 32 | second, inserting: pairs.count)
        if isNew { pairs.append((first, second, [])) }
        return pairNumbers.values[index]
    }
}

/// A few documents' words and pairs, numbered within the batch, and each document's weighted terms.
private struct Batch: Sendable {
    /// A word, or a pair of adjacent words by their numbers in the batch.
    enum Term: Sendable {
        case word(SearchToken)
        case pair(Int, Int)

        var isPair: Bool {
            if case .pair = self { return true }
            return false
        }
    }

    /// The words and pairs in the order first met, so a pair comes after its words.
    private(set) var terms: [Term] = []
    /// Each document's terms, by their number in `terms`, with their weights.
    private(set) var documents: [[(term: Int, weight: Int)]] = []

    init(_ documents: ArraySlice<SearchDocument>) {
        var words = WordNumbers()
        var pairs = IntKeyTable<Int>()
        var counts = TermCounts()
        for document in documents {
            for field in document.fields where !field.text.isEmpty {
                var previous: Int?
                SearchIndexTokenizer.forEachWord(in: field.text) { read, startsPhrase in
                    let word = words.number(of: read, next: counts.terms.count)
                    counts.count(word) { .word(read.token) }
                    if startsPhrase { previous = nil }
                    if let previous {
                        let pair = pairs.index(of: previous << 32 | word.number, inserting: counts.terms.count)
                        counts.count((pairs.values[pair.index], pair.isNew)) { .pair(previous, word.number) }
                    }
                    previous = word.number
                }
                counts.endField(weight: field.weight)
            }
            self.documents.append(counts.endDocument())
        }
        terms = counts.terms
    }
}

/// A batch's terms and how often each is in the current field and document, counted in arrays by
/// the term's number in the batch: once a term has its number, nothing more is hashed. Each array
/// is cleared through the list of the terms it touched.
private struct TermCounts {
    private(set) var terms: [Batch.Term] = []
    private var fieldRepeats: [Int] = [], fieldTerms: [Int] = []
    private var documentWeights: [Int] = [], documentTerms: [Int] = []

    /// One more occurrence of the term in the field; `make` describes it when it is new.
    mutating func count(_ term: (number: Int, isNew: Bool), _ make: () -> Batch.Term) {
        if term.isNew {
            terms.append(make())
            fieldRepeats.append(0)
            documentWeights.append(0)
        }
        if fieldRepeats[term.number] == 0 { fieldTerms.append(term.number) }
        fieldRepeats[term.number] += 1
    }

    mutating func endField(weight: Int) {
        for term in fieldTerms {
            if documentWeights[term] == 0 { documentTerms.append(term) }
            documentWeights[term] += weight * min(fieldRepeats[term], SearchPostings.repeatsCounted)
            fieldRepeats[term] = 0
        }
        fieldTerms.removeAll(keepingCapacity: true)
    }

    /// The document's terms with their weights, in the order first met.
    mutating func endDocument() -> [(term: Int, weight: Int)] {
        let weights = documentTerms.map { (term: $0, weight: min(documentWeights[$0], SearchPostings.maximumWeight)) }
        for term in documentTerms { documentWeights[term] = 0 }
        documentTerms.removeAll(keepingCapacity: true)
        return weights
    }
}

/// The batch numbers of the words seen so far, by their bytes in NFC: equal for two spellings of
/// one word, as String's == is, but without String's hashing, which normalises non-ASCII text
/// first (a city has millions of Vietnamese words to look up).
private struct WordNumbers {
    private var short = IntKeyTable<PackedWord>()
    private var long: [String: Int] = [:]

    /// The word's number, or `next`, which it gets, when it is new.
    mutating func number(of word: SearchIndexTokenizer.Word, next: Int) -> (number: Int, isNew: Bool) {
        if word.isNFC, let key = PackedWord(word.exact) { return number(key, next: next) }
        let nfc = word.token.exact.nfc
        if let key = PackedWord(nfc.utf8) { return number(key, next: next) }
        if let known = long[nfc] { return (known, false) }
        long[nfc] = next
        return (next, true)
    }

    private mutating func number(_ key: PackedWord, next: Int) -> (number: Int, isNew: Bool) {
        let (index, isNew) = short.index(of: key, inserting: next)
        return (short.values[index], isNew)
    }
}

/// Up to fifteen bytes and their count in two integers: nearly every word fits.
private struct PackedWord: IntTableKey {
    private let low: UInt64
    private let high: UInt64

    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= 15 else { return nil }
        var low: UInt64 = 0, high = UInt64(bytes.count) << 56
        for (index, byte) in bytes.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * index) } else { high |= UInt64(byte) << (8 * (index - 8)) }
        }
        self.low = low
        self.high = high
    }

    var bits: UInt64 { low ^ (high &* 0xC2B2_AE3D_27D4_EB4F) }
}
