/// The site's search index, made at build time as script files beside the search page:
///
/// - `tim-kiem/index.js`, the manifest: how many documents, the kinds' labels, the first key of
///   every term file, and where the files are;
/// - `tim-kiem/t/w<n>.js` (words) and `tim-kiem/t/p<n>.js` (pairs of adjacent words): each maps the
///   terms as written to their postings (`SearchShards`, `SearchIndexScript.postings`);
/// - `tim-kiem/d/<n>.js`: documents `n × 8` to `n × 8 + 7` as `[kind, title, date, link, snippet]`,
///   the link relative to the search page. A page of results loads the few files it shows, so a
///   site of 60 000 documents never sends its whole list.
enum SearchIndex {
    static let documentsPerFile = 8
    /// Small enough that a two-word query on a large site loads well under 300 KB, large enough
    /// that the manifest's list of files stays short.
    static let termFileBytes = 16_000
    /// A word whose postings are longer than this is "common": the search page matches it only next
    /// to another word of the query, through the pairs, instead of loading it (`tổ`, `dân` and
    /// `phố` are in every one of 60 000 documents of a large ward's site).
    static let commonWordBytes = 16_000

    static func pages(for site: Site) -> [Page] {
        let documents = SearchDocument.all(in: site)
        let postings = SearchPostings(documents)
        let words = SearchShards(postings.words, targetBytes: termFileBytes)
        let pairs = SearchShards(postings.sharedPairs, targetBytes: termFileBytes)

        var pages = [manifest(documentCount: documents.count, words: words, pairs: pairs)]
        pages += termFiles(words, prefix: "w") + termFiles(pairs, prefix: "p")
        pages += stride(from: 0, to: documents.count, by: documentsPerFile).map { start in
            let number = start / documentsPerFile
            let records = documents[start..<min(start + documentsPerFile, documents.count)].map(record)
            return script(.searchDocuments(String(number)), name: "d\(number)", SearchIndexScript.array(records))
        }
        return pages
    }

    private static func manifest(documentCount: Int, words: SearchShards, pairs: SearchShards) -> Page {
        let js = SearchIndexScript.self
        let data = js.object([
            ("documents", String(documentCount)),
            ("documentsPerFile", String(documentsPerFile)),
            ("kinds", js.object(SearchDocument.Kind.allCases.map { ($0.rawValue, js.string($0.label)) })),
            ("words", js.array(words.shards.map { js.string($0.firstKey) })),
            ("common", js.array(commonWords(words).map(js.string))),
            ("pairs", js.array(pairs.shards.map { js.string($0.firstKey) })),
            // `@` stands for a file's name: Routes alone knows where the files are.
            ("termFile", js.string(Routes.link(from: .search, to: .searchTerms("@")))),
            ("documentFile", js.string(Routes.link(from: .search, to: .searchDocuments("@")))),
        ])
        return script(.searchIndex, name: "index", data)
    }

    /// Folded words whose postings (all variants together) exceed `limit` bytes, sorted.
    static func commonWords(_ words: SearchShards, over limit: Int = commonWordBytes) -> [String] {
        var bytes: [String: Int] = [:]
        for entry in words.shards.flatMap(\.entries) { bytes[entry.folded, default: 0] += entry.postings.utf8.count }
        return bytes.filter { $0.value > limit }.map(\.key).sorted()
    }

    private static func termFiles(_ shards: SearchShards, prefix: String) -> [Page] {
        shards.shards.enumerated().map { number, shard in
            let data = SearchIndexScript.object(shard.entries.map { ($0.exact, SearchIndexScript.string($0.postings)) })
            return script(.searchTerms("\(prefix)\(number)"), name: "\(prefix)\(number)", data)
        }
    }

    private static let linker = RouteLinker(from: .search)

    private static func record(_ document: SearchDocument) -> String {
        SearchIndexScript.array([
            document.kind.rawValue, document.title, document.date ?? "",
            linker.link(to: document.route), document.snippet,
        ].map(SearchIndexScript.string))
    }

    private static func script(_ route: Route, name: String, _ data: String) -> Page {
        Page(route, html: SearchIndexScript.call(name, data))
    }
}
