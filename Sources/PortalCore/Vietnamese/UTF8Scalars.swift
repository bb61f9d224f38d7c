extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `index`, and its length in bytes, for code that reads a
    /// string's bytes itself (valid UTF-8: a `String`'s own).
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = self[index]
        guard lead >= 0x80 else { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return (value, length)
    }
}
