/// The configuration of an arc-hybrid parse (Kuhlmann et al. 2011): a stack, the next buffer
/// position, and the arcs so far with what the features read of them (the two leftmost and
/// rightmost children of each token, how many children it has on each side). SHIFT pushes the
/// buffer front; LEFT makes the buffer front the head of the stack top and pops it; RIGHT makes
/// the item below the head of the stack top and pops it. Without an artificial root: the last
/// token left on the stack is the root, so every parse has exactly one, as UD trees do.
/// Arc-hybrid rather than arc-standard because its dynamic oracle is exact and cheap (below), so
/// training can follow the parser's own mistakes.
struct ArcHybridState {
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
    var stackCount: Int { stack.count }
    func stackItem(_ k: Int) -> Int { k < stack.count ? stack[stack.count - 1 - k] : -1 }
    func bufferItem(_ k: Int) -> Int { next + k < count ? next + k : -1 }

    func isLegal(_ a: Action) -> Bool {
        switch a {
        case .shift: next < count
        case .left: !stack.isEmpty && next < count
        case .right: stack.count >= 2
        }
    }

    /// The (head, dependent) an arc action would add.
    func arc(_ a: Action) -> (head: Int, dependent: Int) {
        a == .left ? (next, stack[stack.count - 1]) : (stack[stack.count - 2], stack[stack.count - 1])
    }

    mutating func apply(_ action: Action, label: Int) {
        if action == .shift { stack.append(next); next += 1; return }
        let (h, d) = arc(action)
        stack.removeLast()
        heads[d] = h; labels[d] = label
        if d < h {
            if leftmost[h] < 0 || d < leftmost[h] { leftmost2[h] = leftmost[h]; leftmost[h] = d }
            else if leftmost2[h] < 0 || d < leftmost2[h] { leftmost2[h] = d }
            leftCount[h] += 1
        } else {
            if rightmost[h] < 0 || d > rightmost[h] { rightmost2[h] = rightmost[h]; rightmost[h] = d }
            else if rightmost2[h] < 0 || d > rightmost2[h] { rightmost2[h] = d }
            rightCount[h] += 1
        }
    }

    /// How many gold arcs (0-based heads, −1 for the root) the action makes unreachable: the
    /// dynamic oracle of Goldberg & Nivre (2013) for arc-hybrid. Zero-cost actions are correct.
    func cost(_ a: Action, gold: [Int]) -> Int {
        var c = 0
        switch a {
        case .shift:
            // b0 goes on the stack: it can no longer take a head from, or give one to, the stack
            // below it (except the old top, which can still become its head by RIGHT).
            let b = next
            for (k, item) in stack.enumerated() {
                if gold[item] == b { c += 1 }
                if gold[b] == item, k != stack.count - 1 { c += 1 }
            }
        case .left, .right:
            let s0 = stack[stack.count - 1]
            let (h, _) = arc(a)
            let g = gold[s0]
            // s0 leaves: its gold head is lost if it was still reachable and is not the one given.
            if g != h {
                let reachable = g < 0 || g >= next || (stack.count >= 2 && g == stack[stack.count - 2] && a == .left)
                if reachable { c += 1 }
            }
            // And so are its dependents still in the buffer.
            for k in next..<count where gold[k] == s0 { c += 1 }
            // (LEFT gives s0 to b0; dependents of s0 in the buffer are counted above, b0 included.)
        }
        return c
    }
}
