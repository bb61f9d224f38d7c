//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//
// Modified for CampaignPortal: fast paths marked `PATCH` (see ../../PATCHES.md).
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// PATCH: renders onto the end of `string`. Returning each token's text, and each section's,
    /// made a string for every token and copied every section's text once per enclosing section.
    func render(context: MustacheContext, into string: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            // Indents after this template's own line breaks only, so it starts a text of its own.
            var indented = ""
            for token in tokens {
                let renderedString = self.renderToken(token, context: &context)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, indented.last == "\n" {
                    indented += indentation
                }
                indented += renderedString
            }
            string += indented
        } else {
            // By index: the tokens are read where they are, not copied out one by one.
            for index in tokens.indices {
                self.renderToken(tokens[index], context: &context, into: &string)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        var string = ""
        self.renderToken(token, context: &context, into: &string)
        return string
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into string: inout String) {
        switch token {
        case .text(let text):
            string += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // PATCH: a string prints as itself; the branches below would describe it after
                // three conformance look-ups.
                let plain = PlainValue(child)
                if case .string(let text) = plain {
                    context.contentType.escapeText(text, into: &string)
                } else if case .absent = plain {
                    // PATCH: prints nothing, as its `renderText` says, without the casts below.
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &string)
                } else if let renderable = child as? MustacheCustomRenderable {
                    context.contentType.escapeText(renderable.renderText, into: &string)
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)), into: &string)
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // PATCH: as for `.variable`.
                let plain = PlainValue(child)
                if case .string(let text) = plain {
                    string += text
                } else if case .absent = plain {
                    // Prints nothing.
                } else if let renderable = child as? MustacheCustomRenderable {
                    string += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    string += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    string += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            // PATCH: a plain value is no lambda.
            if let child, !PlainValue.isPlain(child), let lambda = child as? MustacheLambda {
                string += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            } else {
                self.renderSection(child, with: template, context: context, into: &string)
            }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &string)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &string)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &string)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            string += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        string += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &string)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    /// PATCH: `renderSection` onto the end of `string`.
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        // PATCH: a plain value takes the case of the switch below it would take, without the
        // conformance look-ups before it.
        switch child.flatMap({ PlainValue($0) }) {
        case .string(let text):
            template.render(context: context.withObject(text), into: &string)
            return
        case .dictionary(let dictionary):
            template.render(context: context.withObject(dictionary), into: &string)
            return
        case .dictionaries(let array):
            array.renderSection(with: template, context: context, into: &string)
            return
        case .bool(let bool):
            if bool { template.render(context: context, into: &string) }
            return
        case .absent:
            return
        case nil:
            break
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &string)
        case let bool as Bool:
            if bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &string)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// PATCH: onto the end of `string`.
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into string: inout String) {
        // PATCH: as in `renderSection`.
        switch child.flatMap({ PlainValue($0) }) {
        case .string, .dictionary:
            return
        case .dictionaries(let array):
            if array.isEmpty { template.render(context: context.withObject(array), into: &string) }
            return
        case .bool(let bool):
            if !bool { template.render(context: context, into: &string) }
            return
        case .absent:
            template.render(context: context, into: &string)
            return
        case nil:
            break
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: context, into: &string)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &string) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &string)
        case .some:
            break
        case .none:
            template.render(context: context, into: &string)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // PATCH: a `[String: Any]` is a parent and no custom representation: a type check
            // instead of two conformance look-ups. (Other dictionaries take the way below: a cast
            // to `[String: Any]` would convert them.)
            if case .dictionary(let dictionary) = PlainValue(object) {
                return dictionary[name]
            }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        // PATCH: a name that is neither empty nor dotted — nearly every name — is its only part:
        // looked up at once, without comparing it to the special names by `Character` first, or
        // splitting it, or making an array of it, each of which cost more than the look-up.
        let isSimpleName = name.utf8.withContiguousStorageIfAvailable { !$0.isEmpty && !$0.contains(UInt8(ascii: ".")) }
            ?? (!name.isEmpty && !name.utf8.contains(UInt8(ascii: ".")))
        if isSimpleName {
            var index = context.stack.endIndex
            while index > context.stack.startIndex {
                index -= 1
                if let found = _getImmediateChild(named: name, from: context.stack[index]) {
                    // PATCH: a plain value has no custom representation: without transforms to
                    // run, it is the answer (not copied through the steps below).
                    if transforms.isEmpty, PlainValue.isPlain(found) { return found }
                    child = found
                    break
                }
            }
        } else if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChild(named: nameSplit[...], from: context.stack.last!)
        } else {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChildInStack(named: nameSplit[...], from: context.stack)
        }

        // PATCH: a plain value is no custom representation; the look-up would say so at a cost.
        if let found = child, !PlainValue.isPlain(found), let custom = found as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
