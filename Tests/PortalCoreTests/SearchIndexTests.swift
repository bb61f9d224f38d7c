import Foundation
import XCTest
@testable import PortalCore

/// The search index as the build writes it: words, weights, pairs, files, and what a page of
/// results reads from them.
final class SearchIndexTests: XCTestCase {
    // MARK: Words

    func testTokensKeepTheWrittenFormBesideTheFoldedOne() {
        XCTAssertEqual(SearchIndexTokenizer.tokens("Đặng Văn Đức, 5531/KH-UBND"), [
            SearchToken(exact: "đặng", folded: "dang"), SearchToken(exact: "văn", folded: "van"),
            SearchToken(exact: "đức", folded: "duc"), SearchToken(exact: "5531", folded: "5531"),
            SearchToken(exact: "kh", folded: "kh"), SearchToken(exact: "ubnd", folded: "ubnd"),
        ])
    }

    func testSnippetsCollapseWhitespaceAndCutAtAWordCountingCharacters() {
        XCTAssertEqual(SearchDocument.snippet("  Khen\u{A0}thưởng \r\n tập thể\t", limit: 160), "Khen thưởng tập thể")
        XCTAssertEqual(SearchDocument.snippet("Khen thưởng tập thể", limit: 14), "Khen thưởng …")
        // A letter and its combining mark are one character, whether or not the text is NFC.
        XCTAssertEqual(SearchDocument.snippet(String(repeating: "é", count: 8), limit: 5), "ééééé…")
        XCTAssertEqual(SearchDocument.snippet(String(repeating: "e\u{301}", count: 8), limit: 5), String(repeating: "e\u{301}", count: 5) + "…")
        XCTAssertEqual(SearchDocument.snippet("日本 語\u{3000}x", limit: 160), "日本 語 x")
    }

    /// The snippet of text whose characters are single scalars is cut from its UTF-8 bytes: the same
    /// as cutting its characters, for every limit.
    func testSnippetsFromBytesAreSnippetsFromCharacters() {
        var generator = SplitMix(seed: 2026)
        let pieces = ["Khen", "thưởng", "Đặng", "Thị", "Ánh", "Tuyết", "—", "“số”", "28.500", "…", "ǅ", "ÿ", "x"]
        let spaces = [" ", "  ", "\u{A0}", "\u{85}", "\r\n", "\t", "\n\n"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...8, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! + spaces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 1...40, using: &generator)
            let byCharacters = SearchDocument.firstWords(of: text, limit: limit, isWhitespace: \.isWhitespace, string: String.init)
            XCTAssertEqual(SearchDocument.snippet(text, limit: limit), byCharacters, "\(text.debugDescription), limit \(limit)")
        }
    }

    func testMarkdownPlainTextEndsEveryBlockWithALineBreak() {
        let body = MarkdownText(text: "## Mục đích\nNội dung **đậm** và `mã`.\n\n- một\n- hai\n\n<div>\nbỏ\n</div>\n", firstLine: 1, file: "x.md")
        XCTAssertEqual(Markdown.plainText(of: body), "Mục đích\nNội dung đậm và mã.\nmột\nhai")
    }

    // MARK: Postings

    func testTitlesWeighMoreThanBodiesAndRepeatsCountThreeTimesAtMost() throws {
        let documents = [
            document(title: "Thi đua yêu nước", body: "Thi đua thi đua thi đua thi đua thi đua."),
            document(title: "Tin khác", body: "Phong trào thi đua."),
        ]
        let postings = SearchPostings(documents)
        let term = try XCTUnwrap(postings.terms.first { $0.exact == "thi" })
        // Document 0: title 10 + body 1 × min(5, 3); document 1: body 1.
        XCTAssertEqual(term.postings, [.init(document: 0, weight: 13), .init(document: 1, weight: 1)])
        XCTAssertEqual(term.folded, "thi")
    }

    func testPairsJoinAdjacentWordsOfOnePhraseOnly() {
        let postings = SearchPostings([document(title: "Nguyễn Văn An, Trần Thị Bình", body: "")])
        let pairs = Set(postings.terms.filter(\.isPair).map(\.exact))
        XCTAssertEqual(pairs, ["nguyễn văn", "văn an", "trần thị", "thị bình"])
        XCTAssertEqual(postings.terms.first { $0.exact == "nguyễn văn" }?.folded, "nguyen van")
    }

    func testWeightsStopAtTwentySix() {
        let postings = SearchPostings([document(title: "Đức Đức Đức Đức", body: "")])
        XCTAssertEqual(postings.terms.first { $0.exact == "đức" }?.postings, [.init(document: 0, weight: 26)])
    }

    // MARK: Files

    func testPostingsAreWeightLettersAndBase36Distances() {
        XCTAssertEqual(SearchIndexScript.postings([.init(document: 0, weight: 3), .init(document: 1, weight: 1),
                                                   .init(document: 49, weight: 10)]), "C0A1J1c")
        // Every width of distance, against the standard library's base 36, after some bytes already written.
        for number in [0, 9, 10, 35, 36, 37, 1_295, 1_296, 46_655, 46_656, 1_000_000, Int(Int32.max), Int.max] {
            var bytes = Array("Z".utf8)
            SearchIndexScript.appendBase36(number, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "Z" + String(number, radix: 36), "\(number)")
        }
    }

    func testStringLiteralsEscapeWhatEndsOrBreaksThem() {
        XCTAssertEqual(SearchIndexScript.string("a\"b\\c\nd\u{2028}e\u{1}Đ"), #""a\"b\\c\nd\u2028e\u0001Đ""#)
        // Other characters that start with the same byte as U+2028 are written as they are.
        XCTAssertEqual(SearchIndexScript.string("“Thi đua” – …\u{2029}\r\u{1F}"), #""“Thi đua” – …\u2029\u000d\u001f""#)
        XCTAssertEqual(SearchIndexScript.string(""), #""""#)
        XCTAssertEqual(SearchIndexScript.string("\u{E2}\u{2028}"), #""â\u2028""#)
    }

    func testShardFirstKeysAreTheShortestPrefixesAfterThePreviousShard() {
        XCTAssertEqual(SearchShards.separator(after: "ngoai", upTo: "nguyen"), "ngu")
        XCTAssertEqual(SearchShards.separator(after: "an", upTo: "an toan"), "an ")
        XCTAssertEqual(SearchShards.separator(after: "a", upTo: "b"), "b")
    }

    func testVariantsOfAFoldedWordShareAFileAndFilesFollowFoldedOrder() {
        let terms = ["dục", "đức", "đúc", "an", "bình", "zô"].map { word in
            SearchPostings.Term(exact: word, folded: DiacriticFolding.fold(word), postings: [.init(document: 0, weight: 1)])
        }
        let shards = SearchShards(terms, targetBytes: 12)
        XCTAssertEqual(shards.shards.map(\.firstKey), ["", "b", "d", "z"])
        XCTAssertEqual(shards.shards[2].entries.map(\.exact), ["dục", "đúc", "đức"].sorted())
    }

    func testCommonWordsAreThoseWhosePostingsOfAllVariantsExceedTheLimit() {
        // `tổ` alone is 6 bytes of postings, `tổ` and `tố` together 8; `an` 2.
        let terms = [("tổ", 3), ("tố", 1), ("an", 1)].map { word, documents in
            SearchPostings.Term(exact: word, folded: DiacriticFolding.fold(word),
                                postings: (0..<documents).map { .init(document: $0, weight: 1) })
        }
        let words = SearchShards(terms, targetBytes: 16_000)
        XCTAssertEqual(SearchIndex.commonWords(words, over: 7), ["to"])
        XCTAssertEqual(SearchIndex.commonWords(words, over: 1), ["an", "to"])
        XCTAssertEqual(SearchIndex.commonWords(words, over: 8), [])
    }

    // MARK: The whole site

    func testSiteIndexFindsThePlanByItsNumberAndEveryHonoureeByName() throws {
        let fixture = try SiteFixture("""
        -- content/plans/ke-hoach.md --
        ---
        number: 5531/KH-UBND
        title: Kế hoạch thi đua năm 2024
        issuer: Ủy ban nhân dân phường Thử
        issued: 2024-01-02
        ---
        Nội dung kế hoạch.
        -- content/honours/quyet-dinh.yaml --
        number: 1/QĐ-UBND
        issued: 2024-12-20
        issuer: Ủy ban nhân dân phường Thử
        title: Về việc khen thưởng
        plan: ke-hoach
        awards:
          - {name: Nguyễn Văn An, kind: individual, unit: Tổ dân phố 1, form: Giấy khen}
          - {name: Nguyễn Văn Đức, kind: individual, form: Giấy khen}
          - {name: Lê Thị Dục, kind: individual, form: Giấy khen}
        """)
        defer { fixture.remove() }
        let built = RenderedSite(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertFalse(built.diagnostics.hasErrors, built.diagnostics.report)
        let files = Dictionary(built.pages.filter { $0.path.hasPrefix("tim-kiem/") }.map { ($0.path, $0.contents) },
                               uniquingKeysWith: { first, _ in first })

        let manifest = try XCTUnwrap(try registered("index", in: files["tim-kiem/index.js"]) as? [String: Any])
        // Plan, decision, exemplar, story, then the three awards.
        XCTAssertEqual(manifest["documents"] as? Int, 7)
        XCTAssertEqual(manifest["termFile"] as? String, "t/@.js", "relative to the search page")
        XCTAssertEqual(manifest["words"] as? [String], [""])
        XCTAssertEqual(manifest["common"] as? [String], [], "no word of a small site is common")
        XCTAssertEqual(manifest["documentsPerFile"] as? Int, 8)

        let words = try XCTUnwrap(try registered("w0", in: files["tim-kiem/t/w0.js"]) as? [String: String])
        XCTAssertEqual(words["5531"], "J0", "the plan (document 0) by its number, weight 10")
        XCTAssertEqual(words["nguyễn"], "J4J1", "documents 4 and 5, the two Nguyễn")
        XCTAssertEqual(words["đức"], "J5")
        XCTAssertEqual(words["dục"], "J6")
        let pairs = try XCTUnwrap(try registered("p0", in: files["tim-kiem/t/p0.js"]) as? [String: String])
        XCTAssertEqual(pairs["nguyễn văn"], "J4J1")
        XCTAssertNil(pairs["văn an"], "a pair in one document only is left out")

        let records = try XCTUnwrap(try registered("d0", in: files["tim-kiem/d/0.js"]) as? [[String]])
        XCTAssertEqual(records[0], ["p", "Kế hoạch thi đua năm 2024", "2/1/2024", "../ke-hoach/ke-hoach/index.html",
                                    "Số 5531/KH-UBND · Ủy ban nhân dân phường Thử"])
        XCTAssertEqual(records[4], ["a", "Nguyễn Văn An", "20/12/2024", "../khen-thuong/quyet-dinh/index.html",
                                    "Giấy khen · Tổ dân phố 1 — Quyết định số 1/QĐ-UBND"])

        for page in built.pages where page.path.hasSuffix(".js") || page.path.hasSuffix(".html") {
            let text = String(decoding: page.contents, as: UTF8.self)
            XCTAssertFalse(text.contains("fetch(") || text.contains("XMLHttpRequest"), page.path)
        }
    }

    func testEveryPageHasTheSearchFormAndOnlyTheSearchPageHasAScript() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let built = RenderedSite(source: fixture.root, today: Day(iso: "2024-06-01")!)
        let html = built.pages.filter { $0.path.hasSuffix(".html") }
        XCTAssertGreaterThan(html.count, 8)
        for page in html {
            let text = String(decoding: page.contents, as: UTF8.self)
            // The shortest relative link to the search page: no climbing out of a shared folder.
            let folders = page.path.split(separator: "/").dropLast()
            let action = folders.first == "tim-kiem" ? String(repeating: "../", count: folders.count - 1) + "index.html"
                : String(repeating: "../", count: folders.count) + "tim-kiem/index.html"
            XCTAssertTrue(text.contains("<form class=\"site-search\" role=\"search\" aria-label=\"Tìm kiếm trên cổng thông tin\" action=\"\(action)\" method=\"get\">"), page.path)
            XCTAssertTrue(text.contains("<input type=\"search\" id=\"tim_nhanh\" name=\"q\""), page.path)
            XCTAssertEqual(text.contains("<script"), page.path == "tim-kiem/index.html", page.path)
        }
    }

    // MARK: Helpers

    private func document(title: String, body: String) -> SearchDocument {
        SearchDocument(kind: .story, title: title, date: nil, route: .home, snippet: "",
                       fields: [.init(text: title, weight: SearchDocument.Field.titleWeight),
                                .init(text: body, weight: SearchDocument.Field.bodyWeight)])
    }

    /// The data a file hands to `portalSearchData(name, data)`, parsed as JSON.
    private func registered(_ name: String, in data: Data?) throws -> Any {
        let text = String(decoding: try XCTUnwrap(data, "no file for \(name)"), as: UTF8.self)
        let head = "portalSearchData(\"\(name)\","
        XCTAssertTrue(text.hasPrefix(head), text.prefix(60).description)
        XCTAssertTrue(text.hasSuffix(");\n"))
        let json = text.dropFirst(head.count).dropLast(3)
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
}
