/// The configuration of an arc-standard parse: a stack, the next buffer position, and the arcs so
/// far with what the features read of them (the two leftmost and rightmost children of each token,
/// and how many children it has on each side). Without an artificial root: the last token left on
/// the stack is the root, so every parse has exactly one, as UD trees do.
struct ArcStandardState {
    enum Action: Int { case shift = 0, left = 1, right = 2 }

    private(set) var stack: [Int] = []
    private(set) var next = 0
    let count: Int
    var heads: [Int]
    var labels: [Int]
    var leftmost: [Int], leftmost2: [Int], rightmost: [Int], rightmost2: [Int]
    var leftCount: [Int], rightCount: [Int]

    init(count: Int) {
        self.count = count
        heads = [Int](repeating: -1, count: count)
        labels = heads; leftmost = heads; leftmost2 = heads; rightmost = heads; rightmost2 = heads
        leftCount = [Int](repeating: 0, count: count); rightCount = leftCount
        stack.reserveCapacity(count)
    }

    var isFinal: Bool { next == count && stack.count <= 1 }
    func stackItem(_ k: Int) -> Int { k < stack.count ? stack[stack.count - 1 - k] : -1 }
    func bufferItem(_ k: Int) -> Int { next + k < count ? next + k : -1 }

    func isLegal(_ a: Action) -> Bool {
        switch a {
        case .shift: next < count
        case .left, .right: stack.count >= 2
        }
    }

    /// Applies `action`; an arc gets `label`. Returns (head, dependent) of the new arc, if any.
    @discardableResult
    mutating func apply(_ action: Action, label: Int) -> (head: Int, dependent: Int)? {
        switch action {
        case .shift:
            stack.append(next); next += 1
            return nil
        case .left:
            let head = stack.removeLast(), dependent = stack.removeLast()
            stack.append(head)
            attach(dependent, to: head, label: label)
            return (head, dependent)
        case .right:
            let dependent = stack.removeLast(), head = stack[stack.count - 1]
            attach(dependent, to: head, label: label)
            return (head, dependent)
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        heads[d] = h; labels[d] = label
        if d < h {
            // Left children arrive from the nearest outwards in arc-standard only partly: compare.
            if leftmost[h] < 0 || d < leftmost[h] { leftmost2[h] = leftmost[h]; leftmost[h] = d }
            else if leftmost2[h] < 0 || d < leftmost2[h] { leftmost2[h] = d }
            leftCount[h] += 1
        } else {
            if rightmost[h] < 0 || d > rightmost[h] { rightmost2[h] = rightmost[h]; rightmost[h] = d }
            else if rightmost2[h] < 0 || d > rightmost2[h] { rightmost2[h] = d }
            rightCount[h] += 1
        }
    }

    /// The static oracle's action towards the gold tree `gold` (0-based heads, −1 for the root),
    /// or nil when none leads there (a non-projective tree).
    func oracle(_ gold: [Int], childCount: [Int]) -> Action? {
        if stack.count >= 2 {
            let s0 = stack[stack.count - 1], s1 = stack[stack.count - 2]
            if gold[s1] == s0 { return .left }
            if gold[s0] == s1, leftCount[s0] + rightCount[s0] == childCount[s0] { return .right }
        }
        return next < count ? .shift : nil
    }
}

extension ArcStandardState {
    var stackItemsCount: Int { stack.count }
}
