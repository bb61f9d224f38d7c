import XCTest
@testable import PortalCore

final class AdministrativeLevelTests: XCTestCase {
    func testTheFirstUnitTheIssuerNamesIsItsOwnLevel() {
        let cases: [(String, AdministrativeLevel)] = [
            ("Ủy ban nhân dân phường Nguyễn Trãi", .commune),
            ("Ủy ban nhân dân phường 7 quận 10", .commune),
            ("Ủy ban nhân dân xã Vĩnh Hải", .commune),
            ("Ủy ban nhân dân thị trấn Đông Anh", .commune),
            ("Ủy ban nhân dân thị xã Vĩnh Châu", .district),
            ("Ủy ban nhân dân quận Gò Vấp", .district),
            ("Ủy ban nhân dân huyện Gia Lâm", .district),
            ("Ủy ban nhân dân thành phố Kon Tum", .district),
            ("Ủy ban nhân dân thành phố Hà Nội", .province),
            ("Ủy ban nhân dân Thành phố Hồ Chí Minh", .province),
            ("Ủy ban nhân dân tỉnh Sóc Trăng", .province),
            ("Cụm thi đua I – Khối Đảng – Đoàn thể", .commune),
        ]
        for (issuer, level) in cases {
            XCTAssertEqual(AdministrativeLevel.inferred(fromIssuer: issuer), level, issuer)
        }
    }
}
