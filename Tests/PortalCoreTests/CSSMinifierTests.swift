import XCTest
@testable import PortalCore

final class CSSMinifierTests: XCTestCase {
    /// Spaces CSS ignores may stay (`color :red`); spaces that change meaning must.
    func testCommentsAndIgnorableSpaceGoButMeaningfulSpaceAndStringsStay() {
        let css = """
        /* theme */
        .site-nav a:hover, .toc  a { color : red ; }
        @media (min-width: 40rem) { .a > .b { margin: 0 auto; } }
        .x::after { content: " (" attr(href) ") "; }
        body { font: 1rem/1.6 system-ui, "Segoe UI", sans-serif; }
        """
        XCTAssertEqual(CSSMinifier.minify(css),
                       #".site-nav a:hover,.toc a{color :red}@media (min-width:40rem){.a>.b{margin:0 auto}}"#
                       + #".x::after{content:" (" attr(href)") "}body{font:1rem/1.6 system-ui,"Segoe UI",sans-serif}"#)
    }

    func testDescendantPseudoClassKeepsItsSpace() {
        XCTAssertEqual(CSSMinifier.minify(".a :focus { x: y }"), ".a :focus{x:y}")
    }
}
