//
// Added for CampaignPortal (see ../../PATCHES.md): each fast path gives what the library as
// released gives. The expected outputs are swift-mustache 2.1.1's own.
//

@testable import Mustache
import XCTest

final class PatchTests: XCTestCase {
    /// The values `PlainValue` tells by type conform to none of the protocols whose look-ups it skips.
    func testPlainValuesConformToNoneOfTheSkippedProtocols() {
        let values: [Any] = ["", [String: Any](), [[String: Any]](), true]
        for value in values {
            XCTAssertNotNil(PlainValue(value))
            XCTAssertFalse(value is MustacheCustomRenderable)
            XCTAssertFalse(value is MustacheCustomRepresentation)
            XCTAssertFalse(value is MustacheLambda)
            XCTAssertEqual(value is any MustacheSequence, value is [[String: Any]])
        }
        XCTAssertNil(PlainValue(1))
        XCTAssertNil(PlainValue(["a"]))
        XCTAssertNil(PlainValue(Optional("a") as Any))
    }

    /// An empty name is the current object, as `{{.}}` is.
    func testTheEmptyNameIsTheCurrentObject() throws {
        XCTAssertEqual(try MustacheTemplate(string: "{{}}").render("hi"), "hi")
        XCTAssertEqual(try MustacheTemplate(string: "{{^}}x{{/}}").render("hi"), "")
        XCTAssertEqual(try MustacheTemplate(string: "{{#}}[{{.}}]{{/}}").render("hi"), "[hi]")
    }

    func testSectionsOverPlainValues() throws {
        let template = try MustacheTemplate(string: "{{#s}}<{{.}}>{{/s}}{{^s}}no s{{/s}}|{{#rows}}{{n}}{{/rows}}{{^rows}}no rows{{/rows}}|{{#b}}yes{{/b}}{{^b}}no{{/b}}|{{#d}}{{n}}{{/d}}{{^d}}no d{{/d}}")
        let full: [String: Any] = ["s": "x&y", "rows": [["n": "1"], ["n": "2"]] as [[String: Any]], "b": true, "d": ["n": "3"] as [String: Any]]
        XCTAssertEqual(template.render(full), "<x&amp;y>|12|yes|3")
        let empty: [String: Any] = ["s": "", "rows": [[String: Any]](), "b": false, "d": [String: Any]()]
        XCTAssertEqual(template.render(empty), "<>|no rows|no|")
    }

    /// Names are looked up down the stack; a name starting with `.` only in the current object.
    func testNamesAreLookedUpDownTheStack() throws {
        let template = try MustacheTemplate(string: "{{#rows}}{{n}}{{title}}{{.title}}{{/rows}}")
        let context: [String: Any] = ["title": "T", "rows": [["n": "1"], ["n": "2", "title": "U"]] as [[String: Any]]]
        XCTAssertEqual(template.render(context), "1T2UU")
    }

    /// A partial with indentation indents after its own line breaks only, wherever it is rendered.
    func testAnIndentedPartialIndentsItsOwnLines() throws {
        let library = MustacheLibrary(templates: [
            "outer": try MustacheTemplate(string: "a\n  {{>inner}}\nb"), "inner": try MustacheTemplate(string: "1\n2\n"),
        ])
        XCTAssertEqual(library.render([String: Any](), withTemplate: "outer"), "a\n  1\n  2\nb")
    }

    /// `MustacheAbsentValue` renders as any null custom renderable printing nothing does (the
    /// expected outputs are what 2.1.1 gives with `NullText`, a type of the test's own).
    func testAnAbsentValueIsANullThatPrintsNothingAndHidesOuterValues() throws {
        struct NullText: MustacheCustomRenderable {
            var renderText: String { "" }
            var isNull: Bool { true }
        }
        let template = try MustacheTemplate(string: "{{#rows}}[{{unit}}|{{{unit}}}|{{#unit}}in {{.}}{{/unit}}{{^unit}}none{{/unit}}|{{&unit}}]{{/rows}}")
        for absent in [MustacheAbsentValue() as Any, NullText() as Any] {
            let context: [String: Any] = ["unit": "outer", "rows": [["unit": absent], ["unit": "Tổ 1 & 2"]] as [[String: Any]]]
            XCTAssertEqual(template.render(context), "[||none|][Tổ 1 &amp; 2|Tổ 1 & 2|in Tổ 1 &amp; 2|Tổ 1 & 2]")
        }
        XCTAssertEqual(PlainValue.isPlain(MustacheAbsentValue()), true)
        XCTAssertFalse(MustacheAbsentValue() is MustacheCustomRepresentation)
        XCTAssertFalse(MustacheAbsentValue() is any MustacheSequence)
    }
}
