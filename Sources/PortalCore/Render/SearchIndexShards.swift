/// Terms packed in folded order into script files of about `targetBytes` each, so that a query
/// loads only the files its words fall in. The manifest lists each file's first key; the search
/// page finds a word's file by binary search on them, and a prefix's files as a run of them.
///
/// The variants of one folded word (`đức`, `dục`, `đúc`) always share a file: a query without
/// diacritics needs all of them. A word whose postings alone exceed the target gets a file of its own.
struct SearchShards: Sendable {
    struct Shard: Sendable {
        /// The shortest prefix of the first folded key that sorts after every key of the previous
        /// shard: enough for the binary search, and shorter to list.
        let firstKey: String
        /// As written (`đức`) and folded, with its encoded postings, in folded order.
        let entries: [(exact: String, folded: String, postings: String)]
    }

    let shards: [Shard]

    init(_ terms: [SearchPostings.Term], targetBytes: Int) {
        let sorted = terms.sorted { ($0.folded, $0.exact) < ($1.folded, $1.exact) }
        var shards: [Shard] = []
        var entries: [(exact: String, folded: String, postings: String)] = []
        var firstFolded = "", lastFolded = "", previousLast: String?
        var bytes = 0

        func close() {
            guard !entries.isEmpty else { return }
            let key = previousLast.map { Self.separator(after: $0, upTo: firstFolded) } ?? ""
            shards.append(Shard(firstKey: key, entries: entries))
            previousLast = lastFolded
            entries = []
            bytes = 0
        }

        var index = sorted.startIndex
        while index < sorted.endIndex {
            // One folded word and all its written variants.
            let folded = sorted[index].folded
            var group: [(exact: String, folded: String, postings: String)] = []
            while index < sorted.endIndex, sorted[index].folded == folded {
                group.append((sorted[index].exact, folded, SearchIndexScript.postings(sorted[index].postings)))
                index += 1
            }
            let groupBytes = group.reduce(0) { $0 + $1.exact.utf8.count + $1.postings.utf8.count + 6 }
            if !entries.isEmpty, bytes + groupBytes > targetBytes { close() }
            if entries.isEmpty { firstFolded = folded }
            entries += group
            lastFolded = folded
            bytes += groupBytes
        }
        close()
        self.shards = shards
    }

    /// The shortest prefix of `first` that sorts after `last` (`ngoai` | `nguyen` → `ngu`).
    static func separator(after last: String, upTo first: String) -> String {
        var prefix = ""
        for character in first {
            prefix.append(character)
            if prefix > last { return prefix }
        }
        return first
    }
}
