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
    private var termIndex: [String: Int] = [:]

    init(_ documents: [SearchDocument]) {
        for (number, document) in documents.enumerated() {
            for term in Self.weights(of: document) {
                append(term.key, folded: term.folded, Posting(document: number, weight: min(term.weight, Self.maximumWeight)))
            }
        }
    }

    private mutating func append(_ exact: String, folded: String, _ posting: Posting) {
        if let index = termIndex[exact] {
            terms[index].postings.append(posting)
        } else {
            termIndex[exact] = terms.count
            terms.append(Term(exact: exact, folded: folded, postings: [posting]))
        }
    }

    /// Each word and pair of the document with the sum of its fields' weights.
    private static func weights(of document: SearchDocument) -> [(key: String, folded: String, weight: Int)] {
        var total: [String: Int] = [:]
        var folded: [String: String] = [:]
        for field in document.fields where !field.text.isEmpty {
            var repeats: [String: Int] = [:]
            for phrase in SearchIndexTokenizer.phrases(field.text) {
                var previous: SearchToken?
                for token in phrase {
                    repeats[token.exact, default: 0] += 1
                    folded[token.exact] = token.folded
                    if let previous {
                        let pair = previous.exact + " " + token.exact
                        repeats[pair, default: 0] += 1
                        if folded[pair] == nil { folded[pair] = previous.folded + " " + token.folded }
                    }
                    previous = token
                }
            }
            for (key, count) in repeats {
                total[key, default: 0] += field.weight * min(count, repeatsCounted)
            }
        }
        return total.map { (key: $0.key, folded: folded[$0.key] ?? $0.key, weight: $0.value) }
    }
}
