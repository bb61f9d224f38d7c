/// The path segment made from a title or a name: lower-case ASCII letters and digits joined by `-`.
///
/// `Nguyễn Thị Ánh Tuyết` → `nguyen-thi-anh-tuyet`, `5531/KH-UBND` → `5531-kh-ubnd`. Vietnamese
/// letters are folded rather than dropped (`Đội` → `doi`, not `i`), so URLs stay readable and
/// typeable on any keyboard. Anything that is not an ASCII letter or digit separates words.
enum Slug {
    static func make(_ text: String) -> String {
        // Most file names are slugs already: every link to a record asks, so answer those at once.
        if isSlug(text) { return text }
        // The rest are mostly tags and award forms, asked for on every page that links them;
        // headings are asked once each, so the memory stops growing at a few thousand answers.
        if let known = made.withLock({ $0[text] }) { return known }
        let slug = fold(text)
        made.withLock { if $0.count < 4_096 { $0[text] = slug } }
        return slug
    }

    private static let made = Locked<[String: String]>([:])

    private static func fold(_ text: String) -> String {
        var slug = ""
        var pendingSeparator = false
        for scalar in DiacriticFolding.fold(text).unicodeScalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            guard isWordCharacter else {
                pendingSeparator = true
                continue
            }
            // Only between two words: never leading, never trailing, never doubled.
            if pendingSeparator && !slug.isEmpty { slug.append("-") }
            pendingSeparator = false
            slug.unicodeScalars.append(scalar)
        }
        return slug
    }

    /// Lower-case ASCII words joined by single hyphens: what `make` would return unchanged.
    static func isSlug(_ text: String) -> Bool {
        // Over the contiguous bytes: every link of every page asks, and the UTF-8 view's iterator
        // took twenty instructions a byte.
        var text = text
        return text.withUTF8(isSlug)
    }

    private static func isSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasHyphen = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }
}
