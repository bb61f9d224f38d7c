/// The fields of one award, shared by YAML lists and CSV rows so both are checked alike.
enum AwardFields {
    static let names = ["name", "kind", "unit", "position", "form", "title", "achievement"]

    static func read(_ f: FieldReader) -> Award? {
        let name = f.string("name", required: true, hint: "Ghi họ tên cá nhân hoặc tên tập thể được khen thưởng.")
        let kindNode = f.value("kind")
        var kind: HonoureeKind?
        if let kindNode, let text = f.text(kindNode, key: "kind", required: true) {
            kind = HonoureeKind(rawValue: text)
            if kind == nil { f.log.error(kindMessage(text), at: f.location(of: kindNode)) }
        } else if kindNode == nil {
            f.log.error("Thiếu trường bắt buộc `kind`: `individual`, `collective` hoặc `household`.", at: f.location)
        }
        let form = f.string("form", required: true, hint: "Ghi hình thức khen thưởng, ví dụ `Giấy khen của Chủ tịch UBND phường`.")
        let award = Award(name: name ?? "", kind: kind ?? .individual, unit: f.string("unit"),
                          position: f.string("position"), form: form ?? "", title: f.string("title"),
                          achievement: f.string("achievement"), location: f.location)
        guard name != nil, kind != nil, form != nil else { return nil }
        return award
    }

    static func kindMessage(_ text: String) -> String {
        "`kind` chỉ nhận `individual` (cá nhân), `collective` (tập thể) hoặc `household` (hộ gia đình), không phải `\(text)`."
    }
}
