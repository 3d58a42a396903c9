extension Array where Element: BitwiseCopyable {
    /// Drops the elements from `newCount` on, keeping the storage. `removeLast(_:)` and
    /// `removeAll(keepingCapacity:)` go through the generic range replacement, about a hundred
    /// instructions even when nothing is removed: too much for the scratch buffers the grouper
    /// empties once per name, which hold a few elements.
    @inline(__always) mutating func truncate(to newCount: Int) {
        while count > newCount { removeLast() }
    }
}
