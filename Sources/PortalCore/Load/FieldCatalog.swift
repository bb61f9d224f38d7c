/// The fields each kind of file accepts, described once: `portal new` writes them, `portal schema`
/// turns them into JSON Schema for editors, and the loaders' unknown-field check can read them too.
/// Keep it in step with the loaders (and docs/content-format.md): the schema test compares a
/// sample of every kind against it.
public struct Field: Sendable {
    public indirect enum Shape: Sendable {
        /// A scalar read as text: bare numbers are text too, as `FieldReader.text` reads them.
        case text
        /// `YYYY-MM-DD`.
        case date
        case integer(ClosedRange<Int>)
        /// Machine-written: `28500` or `59.6`.
        case number
        case boolean
        /// One of these words.
        case choice([String])
        /// A list of texts; a single text is read as a list of one.
        case texts
        /// A path under `content/media/`.
        case media
        /// A mapping with its own fields.
        case record([Field])
        /// A list of mappings with the same fields.
        case records([Field])
        /// A mapping that is read and never published (`private:`).
        case anything
    }

    public let name: String
    public let shape: Shape
    public let required: Bool
    /// Plain Vietnamese: the hover text in an editor, the comment in a new file.
    public let help: String
    /// YAML for the value, shown commented out in a new file (optional fields only).
    public let example: String?

    init(_ name: String, _ shape: Shape, required: Bool = false, _ help: String, example: String? = nil) {
        self.name = name
        self.shape = shape
        self.required = required
        self.help = help
        self.example = example
    }
}

/// The kinds of record a person adds under `content/`.
public enum ContentKind: String, CaseIterable, Sendable {
    case story, exemplar, plan, decision

    /// The folder under `content/`.
    public var folder: String {
        switch self {
        case .story: "stories"
        case .exemplar: "exemplars"
        case .plan: "plans"
        case .decision: "honours"
        }
    }

    /// Markdown with front matter, or a plain YAML file for a decision (it has no prose).
    public var fileExtension: String { self == .decision ? "yaml" : "md" }

    /// The Vietnamese name, as messages and help use it.
    public var displayName: String {
        switch self {
        case .story: "tin bài"
        case .exemplar: "gương điển hình"
        case .plan: "kế hoạch"
        case .decision: "quyết định khen thưởng"
        }
    }

    public var fields: [Field] { FieldCatalog.fields(of: self) }

    /// Groups of fields of which at least one must be present (`issued` or `year` for a plan).
    public var requiredOneOf: [String] {
        switch self {
        case .plan: ["issued", "year"]
        case .decision: ["awards", "awards_csv"]
        case .story, .exemplar: []
        }
    }
}

public enum FieldCatalog {
    static let privateNotes = Field("private", .anything,
        "Ghi chú nội bộ (số điện thoại, ghi chú của văn phòng…): được đọc nhưng không bao giờ đăng.",
        example: "{ghi_chu: Số điện thoại người cung cấp tin}")

    static let image: [Field] = [
        Field("file", .media, required: true, "Đường dẫn ảnh trong thư mục content/media/."),
        Field("alt", .text, required: true, "Mô tả ảnh cho người không xem được ảnh."),
    ]

    static let signer = Field("signer", .record([
        Field("on_behalf", .text, "Thay mặt, ví dụ `TM. ỦY BAN NHÂN DÂN`."),
        Field("signing_for", .text, "Ký thay, ví dụ `KT. CHỦ TỊCH`."),
        Field("title", .text, required: true, "Chức vụ người ký, ví dụ `CHỦ TỊCH`."),
        Field("name", .text, required: true, "Họ và tên người ký."),
    ]), "Người ký văn bản.", example: "{on_behalf: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Nguyễn Văn A}")

    /// One award, in a decision's `awards:` list or a row of its CSV (`AwardFields` reads both).
    static let award: [Field] = [
        Field("name", .text, required: true, "Họ tên cá nhân hoặc tên tập thể được khen thưởng."),
        Field("kind", .choice(["individual", "collective", "household"]), required: true,
              "`individual` (cá nhân), `collective` (tập thể) hoặc `household` (hộ gia đình)."),
        Field("unit", .text, "Đơn vị, tổ dân phố."),
        Field("position", .text, "Chức vụ."),
        Field("form", .text, required: true, "Hình thức khen thưởng, ví dụ `Giấy khen của Chủ tịch UBND phường`."),
        Field("title", .text, "Danh hiệu, nếu có."),
        Field("achievement", .text, "Thành tích."),
    ]

    static func fields(of kind: ContentKind) -> [Field] {
        switch kind {
        case .story: story
        case .exemplar: exemplar
        case .plan: plan
        case .decision: decision
        }
    }

    static let story: [Field] = [
        Field("title", .text, required: true, "Tiêu đề tin bài."),
        Field("date", .date, required: true, "Ngày đăng, dạng YYYY-MM-DD."),
        Field("author", .text, "Tác giả.", example: "Ban Biên tập"),
        Field("summary", .text, "Tóm tắt trong một hai câu.", example: "Một hai câu tóm tắt nội dung tin."),
        Field("tags", .texts, "Chủ đề của tin.", example: "[Người tốt việc tốt, Thi đua]"),
        Field("cover", .record(image), "Ảnh đầu bài trong content/media/; `alt` là bắt buộc.",
              example: "{file: anh/tin-moi.jpg, alt: Mô tả ảnh}"),
        Field("plans", .texts, "Mã các kế hoạch liên quan (tên tệp không có đuôi).", example: "[2024-nguyen-trai-thi-dua-nam-2024]"),
        Field("exemplars", .texts, "Mã các gương điển hình liên quan.", example: "[nguyen-minh-khoa-tra-lai-vi]"),
        Field("draft", .boolean, "`true`: tin nháp, chỉ hiện khi xem thử với `--drafts`.", example: "true"),
        privateNotes,
    ]

    static let exemplar: [Field] = [
        Field("name", .text, required: true, "Họ tên người (hoặc tên tập thể) được nêu gương."),
        Field("kind", .choice(["nguoi-tot-viec-tot", "dien-hinh-tien-tien"]), required: true,
              "`nguoi-tot-viec-tot` (người tốt việc tốt) hoặc `dien-hinh-tien-tien` (điển hình tiên tiến)."),
        Field("birth_year", .integer(1900...9999), "Năm sinh; chỉ hiện khi portal.yaml cho phép (privacy.show_birth_year).",
              example: "1985"),
        Field("unit", .text, required: true, "Tổ dân phố, khu phố hoặc cơ quan — không ghi địa chỉ nhà."),
        Field("published", .date, required: true, "Ngày đăng, dạng YYYY-MM-DD."),
        Field("summary", .text, required: true, "Tóm tắt việc tốt trong một hai câu."),
        Field("photo", .record(image), "Ảnh trong content/media/; `alt` là bắt buộc.",
              example: "{file: guong/anh.jpg, alt: Mô tả ảnh}"),
        Field("plan", .text, "Mã kế hoạch thi đua liên quan.", example: "2024-nguyen-trai-thi-dua-nam-2024"),
        Field("decision", .text, "Mã quyết định khen thưởng liên quan.", example: "2024-tong-ket-thi-dua-nam-2024"),
        Field("consent", .date, required: true,
              "Ngày người được nêu gương (hoặc người giám hộ nếu là trẻ em) đồng ý bằng văn bản. Không có sự đồng ý thì không được đăng."),
        privateNotes,
    ]

    static let plan: [Field] = [
        Field("number", .text, "Số ký hiệu.", example: "123/KH-UBND"),
        Field("issuer", .text, required: true, "Cơ quan ban hành."),
        Field("parent_issuer", .text, "Cơ quan chủ quản (dòng trên tên cơ quan ban hành).", example: "Ủy ban nhân dân thành phố Hà Nội"),
        Field("level", .choice(["commune", "district", "province"]),
              "Cấp ban hành: `commune`, `district` hoặc `province`; bỏ trống thì suy ra từ tên cơ quan.", example: "commune"),
        Field("place", .text, "Địa danh ghi trước ngày ban hành.", example: "Nguyễn Trãi"),
        Field("issued", .date, "Ngày ban hành, dạng YYYY-MM-DD (hoặc ghi `year` nếu văn bản không ghi ngày)."),
        Field("year", .integer(1945...9999), "Năm ban hành, khi văn bản không ghi ngày.", example: "2024"),
        Field("title", .text, required: true, "Trích yếu của kế hoạch."),
        Field("bases", .texts, "Căn cứ: mỗi căn cứ một dòng.", example: "[Kế hoạch số 88/KH-UBND ngày 10/01/2024 của UBND thành phố]"),
        Field("period", .record([
            Field("from", .date, required: true, "Ngày bắt đầu."),
            Field("to", .date, required: true, "Ngày kết thúc."),
        ]), "Thời gian của phong trào.", example: "{from: 2024-01-01, to: 2024-12-31}"),
        Field("phases", .records([
            Field("name", .text, required: true, "Tên đợt."),
            Field("from", .date, required: true, "Ngày bắt đầu."),
            Field("to", .date, required: true, "Ngày kết thúc."),
            Field("goal", .text, "Mục tiêu của đợt."),
        ]), "Các đợt thi đua.", example: "[{name: Đợt I, from: 2024-01-01, to: 2024-06-30, goal: Sơ kết 6 tháng}]"),
        Field("targets", .records([
            Field("text", .text, required: true, "Nội dung chỉ tiêu."),
            Field("value", .number, "Con số, viết kiểu máy đọc: 28500 hoặc 59.6."),
            Field("unit", .text, "Đơn vị tính."),
        ]), "Chỉ tiêu.", example: "[{text: Hộ nghèo giảm, value: 15, unit: hộ}]"),
        Field("awards", .texts, "Hình thức khen thưởng.", example: "[Giấy khen của Chủ tịch UBND phường]"),
        Field("responsibilities", .records([
            Field("unit", .text, required: true, "Đơn vị thực hiện."),
            Field("tasks", .texts, "Nhiệm vụ."),
        ]), "Tổ chức thực hiện.", example: "[{unit: Văn phòng UBND phường, tasks: [Theo dõi, tổng hợp]}]"),
        Field("deadlines", .records([
            Field("date", .date, required: true, "Hạn chót."),
            Field("what", .text, required: true, "Việc phải xong."),
            Field("who", .text, "Đơn vị thực hiện."),
        ]), "Các mốc thời hạn.", example: "[{date: 2024-06-15, what: Đăng ký thi đua}]"),
        Field("recipients", .texts, "Nơi nhận.", example: "[Thường trực Đảng ủy;, \"Lưu: VT, UBND\"]"),
        signer,
        Field("attachments", .records([
            Field("file", .media, required: true, "Đường dẫn tệp trong content/media/."),
            Field("title", .text, required: true, "Tên tệp hiện trên trang."),
        ]), "Tệp đính kèm (bản ký số, bản chụp).", example: "[{file: ke-hoach/kh-123.pdf, title: Bản ký số}]"),
        privateNotes,
    ]

    static let decision: [Field] = [
        Field("number", .text, required: true, "Số ký hiệu, ví dụ `123/QĐ-UBND`."),
        Field("issued", .date, required: true, "Ngày ban hành, dạng YYYY-MM-DD."),
        Field("issuer", .text, required: true, "Cơ quan ban hành."),
        Field("parent_issuer", .text, "Cơ quan chủ quản.", example: "Ủy ban nhân dân thành phố Hà Nội"),
        Field("place", .text, "Địa danh ghi trước ngày ban hành.", example: "Nguyễn Trãi"),
        Field("title", .text, required: true, "Trích yếu, ví dụ `Về việc khen thưởng …`."),
        Field("plan", .text, "Mã kế hoạch thi đua mà quyết định khen thưởng.", example: "2024-nguyen-trai-thi-dua-nam-2024"),
        signer,
        Field("awards", .records(award), "Danh sách khen thưởng (hoặc dùng `awards_csv`).",
              example: "[{name: Nguyễn Văn A, kind: individual, unit: Tổ dân phố 1, form: Giấy khen của Chủ tịch UBND phường}]"),
        Field("awards_csv", .text, "Tên tệp .csv nằm cạnh tệp này, có dòng tiêu đề name, kind, unit, position, form, title, achievement.",
              example: "danh-sach.csv"),
        privateNotes,
    ]

    /// `portal.yaml`.
    public static let config: [Field] = [
        Field("title", .text, required: true, "Tên cơ quan, ví dụ `Ủy ban nhân dân phường Nguyễn Trãi`."),
        Field("short_title", .text, "Tên ngắn, ví dụ `UBND phường Nguyễn Trãi` (mặc định: `title`)."),
        Field("parent", .text, "Cấp trên, ví dụ `thành phố Hà Nội`."),
        Field("base_url", .text, required: true, "Địa chỉ trang khi đăng lên mạng, bắt đầu bằng https://."),
        Field("contact", .record([
            Field("address", .text, "Địa chỉ trụ sở."),
            Field("phone", .text, "Số điện thoại."),
            Field("email", .text, "Thư điện tử."),
        ]), "Thông tin liên hệ của cơ quan."),
        Field("markdown", .record([
            Field("unsafe_html", .boolean, "`true` để giữ HTML viết trong Markdown (mặc định: bỏ)."),
        ]), "Cách đọc Markdown."),
        Field("privacy", .record([
            Field("show_birth_year", .boolean, "Có hiện năm sinh của gương điển hình không (mặc định: có)."),
        ]), "Bảo vệ dữ liệu cá nhân."),
        Field("stories_per_page", .integer(1...1000), "Số tin mỗi trang (mặc định: 10)."),
        Field("award_forms", .texts, "Các hình thức khen thưởng từ cao xuống thấp, để sắp xếp bảng vàng."),
    ]
}
