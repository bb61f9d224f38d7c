/// Reads `content/stories/<id>.md` into a `Story`.
enum StoryLoader {
    static func load(_ source: SourceText, id: String, log: DiagnosticLog) -> Story? {
        guard let file = MarkdownRecordFile.open(source, id: id, expected: "tin bài", log: log) else { return nil }
        let f = file.fields
        defer { f.finish() }
        f.skip("private")

        let title = f.string("title", required: true, hint: "Ghi tiêu đề tin bài.")
        let date = f.day("date", required: true)
        let story = Story(
            id: id, source: source.path, title: title ?? "", date: date ?? Day(year: 1970, month: 1, day: 1)!,
            author: f.string("author"), summary: f.string("summary"), tags: f.strings("tags"),
            cover: f.image("cover"), plans: f.references("plans"), exemplars: f.references("exemplars"),
            draft: f.bool("draft") ?? false, body: file.body)
        guard title != nil, date != nil else { return nil }
        return story
    }
}
