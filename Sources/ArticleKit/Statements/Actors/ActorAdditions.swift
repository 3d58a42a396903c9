/// What the quotations add to one actor (their indices, the pronouns and roles that name it),
/// kept apart while the resolver still reads the grouping as it was, and applied at the end.
struct ActorAdditions {
    var quotes: [Int] = []
    var mentions: [TextSpan] = []
    var aliases: [String] = []

    /// The actor with these additions; its mentions in text order.
    func applied(to actor: inout Actor) {
        // Onto an empty list the array itself is taken, not copied into a new one.
        if actor.quotes.isEmpty { actor.quotes = quotes } else { actor.quotes += quotes }
        if actor.aliases.isEmpty { actor.aliases = aliases } else { actor.aliases += aliases }
        // The grouping's mentions are in text order already: only new ones need a sort.
        if !mentions.isEmpty {
            actor.mentions += mentions
            actor.mentions.sort()
        }
    }
}
