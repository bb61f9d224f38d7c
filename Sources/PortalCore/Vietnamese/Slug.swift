/// The path segment made from a title or a name: lower-case ASCII letters and digits joined by `-`.
///
/// `Nguyễn Thị Ánh Tuyết` → `nguyen-thi-anh-tuyet`, `5531/KH-UBND` → `5531-kh-ubnd`. Vietnamese
/// letters are folded rather than dropped (`Đội` → `doi`, not `i`), so URLs stay readable and
/// typeable on any keyboard. Anything that is not an ASCII letter or digit separates words.
enum Slug {
    static func make(_ text: String) -> String {
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
}
