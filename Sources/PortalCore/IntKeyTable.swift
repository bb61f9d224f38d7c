/// A key of an `IntKeyTable`: equal keys have equal bits.
protocol IntTableKey: Equatable {
    /// The key folded into one integer; the table mixes it, so small consecutive numbers are fine.
    var bits: UInt64 { get }
}

extension Int: IntTableKey {
    var bits: UInt64 { UInt64(bitPattern: Int64(self)) }
}

/// A hash table from integer keys to numbers, for the search index's inner loops: open addressing
/// with linear probing and a multiply-shift hash, where `Dictionary`'s SipHash was half the cost of
/// numbering a city's words and pairs.
///
/// Entries keep their insertion order (`keys`, `values`), and `removeAll` clears only the slots they
/// took, so one table is cheap to reuse for each of many small fields.
struct IntKeyTable<Key: IntTableKey> {
    private(set) var keys: [Key] = []
    /// The entries' values, in the order of `keys`.
    private(set) var values: [Int] = []
    /// Each entry's index plus one; zero is an empty slot. The count is a power of two.
    private var slots: [Int32]
    /// Where each entry sits in `slots`, so clearing does not search for it.
    private var entrySlots: [Int32] = []
    /// Multiply-shift keeps the top bits of the product: as many as the slots need.
    private var shift: UInt64

    init() {
        slots = Array(repeating: 0, count: 16)
        shift = 64 - 4
    }

    var count: Int { keys.count }

    /// The index of the key's entry, adding it with `initial` as its value when it is new.
    mutating func index(of key: Key, inserting initial: Int) -> (index: Int, isNew: Bool) {
        var slot = home(of: key)
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { break }
            if keys[entry] == key { return (entry, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        // At most half full: probe runs stay short.
        if (keys.count + 1) * 2 > slots.count {
            grow()
            slot = emptySlot(for: key)
        }
        keys.append(key)
        values.append(initial)
        slots[slot] = Int32(keys.count)
        entrySlots.append(Int32(slot))
        return (keys.count - 1, true)
    }

    /// Empties the table, keeping its capacity.
    mutating func removeAll() {
        for slot in entrySlots { slots[Int(slot)] = 0 }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        entrySlots.removeAll(keepingCapacity: true)
    }

    private func home(of key: Key) -> Int {
        Int(truncatingIfNeeded: (key.bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func emptySlot(for key: Key) -> Int {
        var slot = home(of: key)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        return slot
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        shift -= 1
        for (entry, key) in keys.enumerated() {
            let slot = emptySlot(for: key)
            slots[slot] = Int32(entry + 1)
            entrySlots[entry] = Int32(slot)
        }
    }
}

extension IntKeyTable: Sendable where Key: Sendable {}
