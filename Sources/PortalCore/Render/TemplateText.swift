import Mustache

/// A string for a template that swift-mustache prints as it is (escaped by `{{ }}`), without
/// first asking whether it is a template, a lambda or an optional and then describing it: a
/// city's honour pages print a few million strings.
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }
}
