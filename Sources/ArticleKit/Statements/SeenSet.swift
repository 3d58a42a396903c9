/// Elements met so far: searched in order while they are few (as in most articles, where
/// hashing each would cost more), hashed once they are many, so that checking stays constant.
struct SeenSet<Element: Hashable> {
    static var listLimit: Int { 16 }
    private var list: [Element] = []
    private var set: Set<Element>?

    func contains(_ element: Element) -> Bool {
        set?.contains(element) ?? list.contains(element)
    }

    /// Adds `element`; false when it was there already.
    @discardableResult
    mutating func insert(_ element: Element) -> Bool {
        if set != nil { return set!.insert(element).inserted }
        if list.contains(element) { return false }
        list.append(element)
        if list.count > Self.listLimit {
            set = Set(list)
            list = []
        }
        return true
    }
}
