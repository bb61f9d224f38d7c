/// The ways the plans list can be narrowed, each a page of its own so the filter needs no script:
/// by where the campaign stands on the build day, or to the archived documents of former districts.
enum PlanFilter: String, CaseIterable {
    case running = "dang-dien-ra"
    case upcoming = "sap-dien-ra"
    case ended = "da-ket-thuc"
    case undated = "khong-ghi-thoi-gian"
    case archivedDistrict = "luu-tru-cap-huyen"

    var label: String {
        switch self {
        case .running: "Đang diễn ra"
        case .upcoming: "Sắp diễn ra"
        case .ended: "Đã kết thúc"
        case .undated: "Không ghi thời gian"
        case .archivedDistrict: "Văn bản lưu trữ của cấp huyện cũ"
        }
    }

    var route: Route { .plansFiltered(rawValue) }

    func includes(_ plan: Plan, today: Day) -> Bool {
        switch (self, PlanStatus(plan, today: today)) {
        case (.running, .running), (.upcoming, .upcoming), (.ended, .ended), (.undated, .undated): true
        case (.archivedDistrict, _): plan.isArchivedDistrictDocument(on: today)
        default: false
        }
    }
}
