/// A mistake in a key remapping, naming the action it was found at.
public struct KeymapError: Error, Equatable, CustomStringConvertible {
    public var action: String
    public var message: String
    public var description: String { message }
}

extension Keymap {
    /// All action names that can be rebound, in table order.
    public var actionNames: [String] {
        var seen = Set<String>()
        return bindings.compactMap { b in b.action.flatMap { ActionName.of($0, in: b.context) } }.filter { seen.insert($0).inserted }
    }

    /// This keymap with the actions in `overrides` bound to the given keys instead of their own.
    /// A key taken by an override leaves whatever other action had it where the two would clash.
    /// Unknown actions, unknown key names and a key given to two actions are errors.
    public func remapped(_ overrides: [(action: String, keys: [String])]) throws(KeymapError) -> Keymap {
        let known = Set(actionNames)
        var wanted: [String: [KeyEvent]] = [:]
        var claimed: [(KeyEvent, String, Set<KeyContext>)] = []
        for (action, names) in overrides {
            guard known.contains(action) else {
                throw KeymapError(action: action, message: "unknown action \"\(action)\" (known: \(actionNames.joined(separator: ", ")))")
            }
            var events: [KeyEvent] = []
            let contexts = Set(bindings.filter { b in b.action.flatMap { ActionName.of($0, in: b.context) } == action }.map(\.context))
            for name in names {
                guard let event = KeyName.parse(name) else {
                    throw KeymapError(action: action, message: "\(action): unknown key \"\(name)\" (a character, Space, Tab, Enter, Esc, Ctrl-X, F1-F12, Up, PgDn, Home…)")
                }
                if let clash = claimed.first(where: { $0.0 == event && $0.1 != action && Self.clash($0.2, contexts) }) {
                    throw KeymapError(action: action, message: "key \"\(name)\" is bound twice: to \(clash.1) and to \(action)")
                }
                claimed.append((event, action, contexts))
                events.append(event)
            }
            wanted[action] = events
        }
        var result: [KeyBinding] = []
        for binding in bindings {
            let name = binding.action.flatMap { ActionName.of($0, in: binding.context) }
            if let name, let events = wanted[name] {
                result.append(KeyBinding(events, events.isEmpty ? "(none)" : events.map(KeyName.label).joined(separator: " "),
                                         binding.description, binding.context, binding.action))
                continue
            }
            // Keys an override took, where they would reach this binding first or instead.
            let taken = claimed.filter { Self.clash($0.2, [binding.context]) }.map(\.0)
            let keys = binding.keys.filter { !taken.contains($0) }
            if keys.count == binding.keys.count || binding.action == nil {
                result.append(binding)
            } else {
                result.append(KeyBinding(keys, keys.isEmpty ? "(none)" : keys.map(KeyName.label).joined(separator: " "),
                                         binding.description, binding.context, binding.action))
            }
        }
        return Keymap(bindings: result)
    }

    /// Whether a key in one set of contexts would shadow or be shadowed by the same key in the other.
    static func clash(_ a: Set<KeyContext>, _ b: Set<KeyContext>) -> Bool {
        for x in a {
            for y in b where x == y || (x == .global && (y == .article || y == .panel))
                || (y == .global && (x == .article || x == .panel)) {
                return true
            }
        }
        return false
    }
}
