import XCTest
@testable import PortalCore

/// Each kind of broken input yields exactly the diagnostics listed, at the exact place.
final class BrokenInputTests: XCTestCase {
    struct Case {
        let name: String
        let files: String
        /// `path:line:column: severity`, in the order they are printed.
        let expected: [String]
        var message: String? = nil
    }

    /// The fields every decision of the table has, so each case shows only what it breaks.
    static let decisionHeader = """
        number: 1/QĐ-UBND
        issued: 2024-12-20
        issuer: Ủy ban nhân dân phường Thử
        title: Về việc khen thưởng
        """

    /// The fields every plan of the table has.
    static let planHeader = """
        title: Kế hoạch
        issuer: Ủy ban nhân dân phường Thử
        issued: 2024-01-02
        """

    static let cases: [Case] = [
        Case(name: "YAML syntax error", files: """
            -- content/plans/ke-hoach.md --
            ---
            title: Kế hoạch: năm 2024: thử
            issuer: Ủy ban nhân dân phường Thử
            issued: 2024-01-02
            ---
            """, expected: ["content/plans/ke-hoach.md:2:16: error"], message: "Dấu hai chấm"),
        Case(name: "control character pasted into YAML", files: """
            -- content/plans/ke-hoach.md --
            ---
            title: Kế hoạch\u{0B}năm 2024
            issuer: Ủy ban nhân dân phường Thử
            issued: 2024-01-02
            ---
            """, expected: ["content/plans/ke-hoach.md:2:16: error"], message: "U+000B không được phép"),
        Case(name: "wrong type", files: """
            -- content/plans/ke-hoach.md --
            ---
            \(BrokenInputTests.planHeader)
            bases: {a: 1}
            ---
            """, expected: ["content/plans/ke-hoach.md:5:8: error"], message: "danh sách"),
        Case(name: "missing required field", files: """
            -- content/plans/ke-hoach.md --
            ---
            issuer: Ủy ban nhân dân phường Thử
            issued: 2024-01-02
            ---
            """, expected: ["content/plans/ke-hoach.md:2:1: error"], message: "`title`"),
        Case(name: "impossible date", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-02-30
            ---
            """, expected: ["content/stories/tin.md:3:7: error"], message: "2024-02-30"),
        Case(name: "period ending before it starts", files: """
            -- content/plans/ke-hoach.md --
            ---
            \(BrokenInputTests.planHeader)
            period:
              from: 2024-03-01
              to: 2024-02-01
            ---
            """, expected: ["content/plans/ke-hoach.md:7:7: error"], message: "trước ngày bắt đầu"),
        Case(name: "unknown reference", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            plans: [ke-hoach, ke-hoac]
            ---
            """, expected: ["content/stories/tin.md:4:19: error"], message: "`ke-hoach`"),
        Case(name: "CSV row with too few cells", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards_csv: danh-sach.csv
            -- content/honours/danh-sach.csv --
            name;kind;unit;form
            Nguyễn Văn An;individual;Tổ 1;Giấy khen
            "Lê Thị
            Hoa";individual;Tổ 2
            """, expected: ["content/honours/danh-sach.csv:3:1: error"], message: "3 ô"),
        Case(name: "CSV cell with a missing form", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards_csv: danh-sach.csv
            -- content/honours/danh-sach.csv --
            name,kind,unit,form
            "Nguyễn Văn An, Tổ trưởng",individual,Tổ 1,
            """, expected: ["content/honours/danh-sach.csv:2:44: error"], message: "`form`"),
        Case(name: "empty file", files: """
            -- content/stories/tin.md --
            \("   ")
            """, expected: ["content/stories/tin.md:1:1: error"], message: "trống"),
        Case(name: "unclosed front matter", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            Nội dung
            """, expected: ["content/stories/tin.md:1:1: error"], message: "không được đóng"),
        Case(name: "media path escaping content/media", files: """
            -- content/exemplars/guong.md --
            ---
            name: Trần Thị Bình
            kind: nguoi-tot-viec-tot
            unit: Tổ dân phố 1
            published: 2024-05-01
            summary: Trả lại ví.
            consent: 2024-04-20
            photo: {file: ../../portal.yaml, alt: Ảnh}
            ---
            """, expected: ["content/exemplars/guong.md:8:15: error"], message: "ra ngoài"),
        Case(name: "missing media file", files: """
            -- content/plans/ke-hoach.md --
            ---
            \(BrokenInputTests.planHeader)
            attachments:
              - file: ke-hoach.pdf
                title: Bản ký số
            ---
            """, expected: ["content/plans/ke-hoach.md:6:11: error"], message: "content/media/ke-hoach.pdf"),
        Case(name: "missing consent", files: """
            -- content/exemplars/guong.md --
            ---
            name: Trần Thị Bình
            kind: nguoi-tot-viec-tot
            unit: Tổ dân phố 1
            published: 2024-05-01
            summary: Trả lại ví.
            ---
            """, expected: ["content/exemplars/guong.md:2:1: error"], message: "`consent`"),
        Case(name: "unknown field with a suggestion", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            tittle: Tin
            ---
            """, expected: ["content/stories/tin.md:4:1: warning"], message: "`title`"),
        Case(name: "duplicate award row", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards:
              - {name: Nguyễn Văn An, kind: individual, form: Giấy khen}
              - {name: Nguyễn Văn An, kind: individual, form: Giấy khen}
            """, expected: ["content/honours/quyet-dinh.yaml:7:5: error"], message: "trùng"),
        Case(name: "duplicate key", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            title: Tin khác
            ---
            """, expected: ["content/stories/tin.md:2:1: error"], message: "hai lần"),
        // Keys are compared as the text FieldReader reads: a bare `yes` is not YAML's boolean here.
        Case(name: "duplicate key once quoted", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            yes: 1
            "yes": 2
            ---
            """, expected: ["content/stories/tin.md:4:1: error"], message: "hai lần"),
        Case(name: "wrong kind of award", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards:
              - {name: Nguyễn Văn An, kind: person, form: Giấy khen}
            """, expected: ["content/honours/quyet-dinh.yaml:6:33: error"], message: "`individual`"),
        Case(name: "broken link in a Markdown body", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            ---
            Đoạn đầu.

            Xem [kế hoạch cũ](../plans/khong-co.md) nhé.
            """, expected: ["content/stories/tin.md:7:5: error"], message: "khong-co.md"),
        Case(name: "unsafe link in a Markdown body", files: """
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            ---
            Bấm [vào đây](javascript:alert(1)).
            """, expected: ["content/stories/tin.md:5:5: warning"], message: "không an toàn"),
        Case(name: "consent given after publishing", files: """
            -- content/exemplars/guong.md --
            ---
            name: Trần Thị Bình
            kind: nguoi-tot-viec-tot
            unit: Tổ dân phố 1
            published: 2024-05-01
            summary: Trả lại ví.
            consent: 2024-06-01
            ---
            """, expected: ["content/exemplars/guong.md:1:1: error"], message: "consent"),
        Case(name: "record file named like a page the site makes", files: """
            -- content/stories/trang-2.md --
            ---
            title: Tin
            date: 2024-05-02
            ---
            -- content/stories/tin-2.md --
            ---
            title: Tin 2
            date: 2024-05-03
            ---
            -- portal.yaml --
            title: Ủy ban nhân dân phường Thử
            base_url: https://thu.example.gov.vn/
            stories_per_page: 1
            """, expected: ["content/stories/trang-2.md:1:1: error"], message: "tin-tuc/trang-2/index.html"),
        Case(name: "citizen ID number in an award", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards:
              - {name: Nguyễn Văn An, kind: individual, form: Giấy khen, unit: CCCD 001089012345}
            """, expected: ["content/honours/quyet-dinh.yaml:6:68: warning"], message: "căn cước"),
        Case(name: "citizen ID number in an award's CSV cell", files: """
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards_csv: danh-sach.csv
            -- content/honours/danh-sach.csv --
            name;kind;unit;form;achievement
            Nguyễn Văn An;individual;Tổ 1;Giấy khen;Hoàn thành tốt nhiệm vụ
            Lê Thị Hoa;individual;Tổ 2;Giấy khen;CCCD 001089012345
            """, expected: ["content/honours/danh-sach.csv:3:38: warning"], message: "căn cước"),
        Case(name: "citizen ID number in a decision's title", files: """
            -- content/honours/quyet-dinh.yaml --
            number: 1/QĐ-UBND
            issued: 2024-12-20
            issuer: Ủy ban nhân dân phường Thử
            title: Về việc khen thưởng ông An, CCCD 001089012345
            awards:
              - {name: Nguyễn Văn An, kind: individual, form: Giấy khen}
            """, expected: ["content/honours/quyet-dinh.yaml:4:8: warning"], message: "căn cước"),
        Case(name: "phone number in a story's summary", files: """
            -- content/stories/tin.md --
            ---
            title: Tin thi đua
            date: 2024-05-02
            summary: Mọi thắc mắc xin gọi 0912 345 678.
            ---
            """, expected: ["content/stories/tin.md:4:10: warning"], message: "điện thoại"),
        Case(name: "phone number in an exemplar's quoted unit", files: """
            -- content/exemplars/guong.md --
            ---
            name: Trần Thị Bình
            kind: nguoi-tot-viec-tot
            unit: "Tổ dân phố 1, ĐT 0912345678"
            published: 2024-05-01
            summary: Trả lại ví.
            consent: 2024-04-20
            ---
            """, expected: ["content/exemplars/guong.md:4:7: warning"], message: "điện thoại"),
        Case(name: "street address in a story body", files: """
            -- content/stories/tin.md --
            ---
            title: Tin thi đua
            date: 2024-05-02
            ---
            Đoạn đầu.

            Bà Bình ở số 12 đường Lê Lợi, tổ 3.
            """, expected: ["content/stories/tin.md:7:14: warning"], message: "địa chỉ"),
        Case(name: "phone number in a plan's phase goal", files: """
            -- content/plans/ke-hoach.md --
            ---
            \(BrokenInputTests.planHeader)
            phases:
              - name: Đợt I
                from: 2024-01-02
                to: 2024-06-30
                goal: Đăng ký qua số 0912.345.678
            ---
            """, expected: ["content/plans/ke-hoach.md:9:11: warning"], message: "điện thoại"),
        Case(name: "citizen ID number in a plan body", files: """
            -- content/plans/ke-hoach.md --
            ---
            \(BrokenInputTests.planHeader)
            ---
            ## Mục đích
            Người đăng ký: Nguyễn Văn An, số định danh 001089012345.
            """, expected: ["content/plans/ke-hoach.md:7:44: warning"], message: "căn cước"),
    ]

    func testEachBrokenInputIsReportedAtItsExactPlace() throws {
        for testCase in Self.cases {
            let fixture = try SiteFixture(testCase.files)
            defer { fixture.remove() }
            let diagnostics = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!).diagnostics.sorted()
            let places = diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue)" }
            XCTAssertEqual(places, testCase.expected, "\(testCase.name):\n\(diagnostics.report)")
            if let message = testCase.message {
                XCTAssertTrue(diagnostics.contains { $0.message.contains(message) },
                              "\(testCase.name): no message contains “\(message)”:\n\(diagnostics.report)")
            }
        }
    }

    func testTheValidFixtureHasNoDiagnostics() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let outcome = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertEqual(outcome.diagnostics, [], outcome.diagnostics.report)
        XCTAssertFalse(outcome.failed)
    }

    func testPublicNumbersAndPrivateValuesAreNotTakenForPersonalData() throws {
        let fixture = try SiteFixture("""
            -- portal.yaml --
            title: Ủy ban nhân dân phường Thử
            base_url: https://thu.example.gov.vn/
            contact: {phone: 0912 345 678}
            -- content/plans/ke-hoach.md --
            ---
            number: 5531/KH-UBND
            \(BrokenInputTests.planHeader)
            targets:
              - {text: Quỹ khuyến học đạt 100.000.000 đồng}
            private: {ghi_chu: Người soạn gọi 0912 345 678, cccd: 001089012345}
            ---
            Tổng kinh phí 250.000.000 đồng.
            """)
        defer { fixture.remove() }
        let outcome = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertEqual(outcome.diagnostics, [], outcome.diagnostics.report)
    }

    func testNonUTF8FileIsReportedAtItsFirstBadByte() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        // "---\ntitle: Tin\ndate: 2024-05-02\nsummary: Tr\xE1" — Latin-1 "á", as an old editor would save it.
        var bytes = Data("---\ntitle: Tin\ndate: 2024-05-02\nsummary: Tr".utf8)
        bytes.append(contentsOf: [0xE1, 0x20, 0x6C, 0x1E])
        bytes.append(Data("\n---\n".utf8))
        try fixture.write("content/stories/tin.md", bytes)
        let diagnostics = Portal.check(source: fixture.root).diagnostics
        XCTAssertEqual(diagnostics.map(\.formatted).first?.hasPrefix("content/stories/tin.md:4:12: error: Tệp không phải văn bản UTF-8"), true,
                       diagnostics.report)
    }

    func testWindowsLineEndsAreReadLikeUnixOnes() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        // Notepad and spreadsheet exports end lines with \r\n; the fence `---\r` is still a fence.
        try fixture.write("content/stories/tin.md", Data("---\r\ntitle: Tin\r\ndate: 2024-05-02\r\nsummary: Tóm tắt\r\n---\r\nDòng một.\r\n\r\n[Hỏng](khong-co.md)\r\n".utf8))
        let diagnostics = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!).diagnostics
        XCTAssertEqual(diagnostics.count, 1, diagnostics.report)
        XCTAssertTrue(diagnostics.first?.formatted.hasPrefix("content/stories/tin.md:8:1: error: Liên kết `khong-co.md` bị hỏng") == true,
                      diagnostics.report)
    }

    func testYAMLErrorAtTheEndOfAFileWithoutFinalLineBreakIsOnItsLastLine() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        // libyaml misses the colon only at the end of the text, and names line 6; the file has 5.
        try fixture.write("content/honours/quyet-dinh.yaml", Data((Self.decisionHeader + "\nplace Phường Thử").utf8))
        let diagnostics = Portal.check(source: fixture.root).diagnostics
        XCTAssertEqual(diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue)" },
                       ["content/honours/quyet-dinh.yaml:5:17: error"], diagnostics.report)
    }

    func testFilesSavedWithWindowsLineEndsLoadWithoutError() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for path in ["content/plans/ke-hoach.md", "content/stories/tin.md", "content/exemplars/guong.md", "content/honours/quyet-dinh.yaml"] {
            let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
            try fixture.write(path, Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        }
        let outcome = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertEqual(outcome.diagnostics, [], outcome.diagnostics.report)
        XCTAssertEqual(outcome.site?.stories.first?.title, "Tin thi đua")
    }

    func testDecomposedInputIsNormalisedWithoutError() throws {
        let nfd = "Nguyễn Văn Đức".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.unicodeScalars), Array("Nguyễn Văn Đức".unicodeScalars))
        let fixture = try SiteFixture("""
            -- content/honours/quyet-dinh.yaml --
            \(BrokenInputTests.decisionHeader)
            awards:
              - {name: \(nfd), kind: individual, form: Giấy khen}
            """)
        defer { fixture.remove() }
        let outcome = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertEqual(outcome.diagnostics, [], outcome.diagnostics.report)
        let name = try XCTUnwrap(outcome.site?.decisions.first?.awards.first?.name)
        XCTAssertEqual(Array(name.unicodeScalars), Array("Nguyễn Văn Đức".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    func testThreeBrokenFilesGiveThreeErrorsInOneRun() throws {
        let fixture = try SiteFixture("""
            -- content/plans/ke-hoach.md --
            ---
            title: Kế hoạch
            issuer: Ủy ban nhân dân phường Thử
            issued: 2024-13-01
            ---
            -- content/stories/tin.md --
            ---
            title: Tin
            date: 2024-05-02
            exemplars: [khong-co]
            ---
            -- content/exemplars/guong.md --
            ---
            name: Trần Thị Bình
            kind: nguoi-tot
            unit: Tổ dân phố 1
            published: 2024-05-01
            summary: Trả lại ví.
            consent: 2024-04-20
            ---
            """)
        defer { fixture.remove() }
        let outcome = Portal.check(source: fixture.root, today: Day(iso: "2024-06-01")!)
        XCTAssertEqual(outcome.diagnostics.sorted().map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue)" }, [
            "content/exemplars/guong.md:3:7: error",
            "content/plans/ke-hoach.md:4:9: error",
            "content/stories/tin.md:4:13: error",
        ], outcome.diagnostics.report)
        XCTAssertTrue(outcome.failed)
    }
}
