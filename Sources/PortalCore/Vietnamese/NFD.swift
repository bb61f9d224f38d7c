import Foundation

extension String {
    /// The string's Unicode scalars in Normalization Form D (decomposed): `ệ` is `e`, dot below,
    /// circumflex. Sort keys read letters this way.
    var nfdScalars: [Unicode.Scalar] {
        // Foundation decomposes through UTF-16 into a new string. Text that passes the NFC quick
        // check (what loading gives) is all scalars that stand alone, so its NFD is each one's
        // decomposition in turn, taken from a table made once: an honour roll sorts a hundred
        // thousand names.
        guard NFCQuickCheck.isNFC(self) else { return Array(decomposedStringWithCanonicalMapping.unicodeScalars) }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                scalars.append(scalar)
            } else {
                let value = Int(scalar.value)
                for index in NFDTable.offsets[value]..<NFDTable.offsets[value + 1] { scalars.append(NFDTable.scalars[index]) }
            }
        }
        return scalars
    }
}

/// The canonical decomposition of every code point the NFC quick check lets through (all below
/// U+2500), one after another; code point `n`'s is `scalars[offsets[n]..<offsets[n + 1]]`.
private enum NFDTable {
    static let (offsets, scalars): ([Int], [Unicode.Scalar]) = {
        var offsets = [0]
        var scalars: [Unicode.Scalar] = []
        for value in 0..<NFCQuickCheck.tableSize {
            if let scalar = Unicode.Scalar(value) {
                scalars += String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            }
            offsets.append(scalars.count)
        }
        return (offsets, scalars)
    }()
}
