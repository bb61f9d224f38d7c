/// Where a campaign stands on a given day: sắp diễn ra / đang diễn ra / đã kết thúc.
enum PlanStatus: Equatable {
    case upcoming(daysToStart: Int)
    case running(daysLeft: Int)
    case ended
    case undated

    init(_ plan: Plan, today: Day) {
        guard let period = plan.period else {
            self = .undated
            return
        }
        if today < period.from {
            self = .upcoming(daysToStart: period.from.daysSinceEpoch - today.daysSinceEpoch)
        } else if today > period.to {
            self = .ended
        } else {
            self = .running(daysLeft: period.to.daysSinceEpoch - today.daysSinceEpoch)
        }
    }

    var label: String {
        switch self {
        case .upcoming(let days): "Sắp diễn ra (còn \(VietnameseNumber.integer(days)) ngày)"
        case .running(let days): days == 0 ? "Đang diễn ra (ngày cuối)" : "Đang diễn ra (còn \(VietnameseNumber.integer(days)) ngày)"
        case .ended: "Đã kết thúc"
        case .undated: "Không ghi thời gian"
        }
    }

    /// A CSS class name for the badge.
    var key: String {
        switch self {
        case .upcoming: "upcoming"
        case .running: "running"
        case .ended: "ended"
        case .undated: "undated"
        }
    }
}
