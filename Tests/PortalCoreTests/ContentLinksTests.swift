@testable import PortalCore
import XCTest

/// How a link written in Markdown is turned into a link of the published site.
final class ContentLinksTests: XCTestCase {
    private let links = ContentLinks(
        pages: ["content/plans/ke-hoach-thi-dua.md": .plan("ke-hoach-thi-dua"),
                "content/stories/tin đầu.md": .story("tin đầu")],
        mediaFiles: ["bao cao.pdf": MediaFile(bytes: 10)])
    private let page = Route.story("tin-moi")

    private func resolve(_ url: String) -> ContentLinks.Resolution {
        links.resolve(url, from: "content/stories/tin-moi.md", on: page)
    }

    func testContentFilesBecomeLinksToTheirPages() {
        let plan = Routes.link(from: page, to: .plan("ke-hoach-thi-dua"))
        XCTAssertEqual(resolve("../plans/ke-hoach-thi-dua.md"), .rewrite(plan))
        XCTAssertEqual(resolve(" ./../plans/./ke-hoach-thi-dua.md "), .rewrite(plan))
        XCTAssertEqual(resolve("../stories/../plans//ke-hoach-thi-dua.md"), .rewrite(plan))
        XCTAssertEqual(resolve("../plans/ke-hoach-thi-dua.md#giai-doan-2"),
                       .rewrite(Routes.link(from: page, to: .plan("ke-hoach-thi-dua"), fragment: "giai-doan-2")))
        XCTAssertEqual(resolve("../plans/ke-hoach-thi-dua.md#a#b"),
                       .rewrite(Routes.link(from: page, to: .plan("ke-hoach-thi-dua"), fragment: "a#b")))
        // Percent-encoded and typed as it is, Vietnamese names reach the same file.
        XCTAssertEqual(resolve("tin%20%C4%91%E1%BA%A7u.md"), .rewrite(Routes.link(from: page, to: .story("tin đầu"))))
        XCTAssertEqual(resolve("tin đầu.md"), .rewrite(Routes.link(from: page, to: .story("tin đầu"))))
        XCTAssertEqual(resolve("../media/bao%20cao.pdf"), .rewrite(Routes.link(from: page, to: .media("bao cao.pdf"))))
    }

    func testOtherLinksAreKeptOrReported() {
        XCTAssertEqual(resolve("#muc-2"), .keep)
        XCTAssertEqual(resolve("https://thiduakhenthuong.vn"), .keep)
        XCTAssertEqual(resolve("java\tscript:alert(1)"), .unsafe)
        guard case .broken(let above) = resolve("../../../portal.yaml"), case .broken(let missing) = resolve("../plans/khong-co.md"),
              case .broken(let rooted) = resolve("/plans/ke-hoach-thi-dua.md") else {
            return XCTFail("broken links must be reported")
        }
        XCTAssertTrue(above.contains("đi ra ngoài"), above)
        XCTAssertTrue(missing.contains("`content/plans/khong-co.md`"), missing)
        XCTAssertTrue(rooted.contains("bắt đầu bằng `/`"), rooted)
    }

    func testNormalisingFoldsDotSegments() {
        XCTAssertEqual(ContentLinks.normalise("content/stories/../plans/./a.md"), "content/plans/a.md")
        XCTAssertEqual(ContentLinks.normalise("content//đ/…/x"), "content/đ/…/x")
        XCTAssertEqual(ContentLinks.normalise("a/.../b"), "a/.../b")
        XCTAssertEqual(ContentLinks.normalise("a/../.."), nil)
        XCTAssertEqual(ContentLinks.normalise(""), "")
    }
}
