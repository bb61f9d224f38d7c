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

    private(set) var terms: [Term] = []
    // Words get numbers once; everything after that counts numbers, not strings (a site of 10 000
    // stories has millions of words, and hashing Vietnamese strings is the slow part).
    private var wordNumbers: [String: Int] = [:]
    private var pairNumbers: [Int: Int] = [:]

    /// Documents tokenised at a time: enough to keep every core busy, few enough that a city's
    /// hundred thousand documents are never all held as tokens at once (that was a third of the
    /// build's peak memory).
    static let documentsPerChunk = 2_048

    init(_ documents: [SearchDocument]) {
        // Tokenising is independent per document, so it runs on every core; numbering the words
        // that follows must see the documents in order, so it stays on one.
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerChunk) {
            let chunk = Array(documents[start..<min(start + Self.documentsPerChunk, documents.count)])
            let tokenized = chunk.concurrentMap { document in
                document.fields.filter { !$0.text.isEmpty }.map { (weight: $0.weight, phrases: SearchIndexTokenizer.phrases($0.text)) }
            }
            for (offset, fields) in tokenized.enumerated() { add(fields, of: start + offset) }
        }
    }

    private mutating func add(_ fields: [(weight: Int, phrases: [[SearchToken]])], of number: Int) {
        var weights: [Int: Int] = [:]
        for field in fields {
            var repeats: [Int: Int] = [:]
            for phrase in field.phrases {
                var previous: Int?
                for token in phrase {
                    let word = wordNumber(token)
                    repeats[word, default: 0] += 1
                    if let previous { repeats[pairNumber(previous, word), default: 0] += 1 }
                    previous = word
                }
            }
            for (term, count) in repeats {
                weights[term, default: 0] += field.weight * min(count, Self.repeatsCounted)
            }
        }
        for (term, weight) in weights {
            terms[term].postings.append(Posting(document: number, weight: min(weight, Self.maximumWeight)))
        }
    }

    private mutating func wordNumber(_ token: SearchToken) -> Int {
        if let number = wordNumbers[token.exact] { return number }
        terms.append(Term(exact: token.exact, folded: token.folded, postings: []))
        wordNumbers[token.exact] = terms.count - 1
        return terms.count - 1
    }

    private mutating func pairNumber(_ first: Int, _ second: Int) -> Int {
        let key = first << 32 | second
        if let number = pairNumbers[key] { return number }
        terms.append(Term(exact: terms[first].exact + " " + terms[second].exact,
                          folded: terms[first].folded + " " + terms[second].folded, postings: []))
        pairNumbers[key] = terms.count - 1
        return terms.count - 1
    }
}
