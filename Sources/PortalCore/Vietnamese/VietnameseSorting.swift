extension Sequence {
    /// The elements in Vietnamese alphabetical order of the text `key` gives for each.
    /// Ties (only for canonically equal strings) keep the original order.
    func sorted(byVietnamese key: (Element) throws -> String) rethrows -> [Element] {
        try sorted(byKeyComputedOnce: { VietnameseSortKey(try key($0)) })
    }

    /// The elements ordered as an official list of people: by given name, middle names, family name.
    func sorted(byPersonName fullName: (Element) throws -> String) rethrows -> [Element] {
        try sorted(byKeyComputedOnce: { PersonNameSortKey(fullName: try fullName($0)) })
    }

    /// Sorts by a key that is costly to make, making it once per element instead of twice per
    /// comparison. Stable: equal keys keep their original order.
    func sorted<SortKey: Comparable>(byKeyComputedOnce makeKey: (Element) throws -> SortKey) rethrows -> [Element] {
        let keyed = try enumerated().map { (key: try makeKey($0.element), offset: $0.offset, element: $0.element) }
        return keyed
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.offset < $1.offset }
            .map(\.element)
    }
}
