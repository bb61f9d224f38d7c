import Foundation

extension String {
    /// The string in Unicode Normalization Form C (precomposed).
    ///
    /// Vietnamese text arrives both ways: `ệ` as one code point or as `e` + dot below + circumflex,
    /// depending on the keyboard (Unikey, macOS, phones) that typed it. Content is normalised to NFC
    /// on load so that equal-looking names are equal strings, hash alike and produce the same slug.
    var nfc: String {
        precomposedStringWithCanonicalMapping
    }
}
