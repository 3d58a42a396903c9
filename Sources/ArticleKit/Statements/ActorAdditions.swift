/// What the quotations add to one actor (their indices, the pronouns and roles that name it),
/// kept apart while the resolver still reads the grouping as it was, and applied at the end.
struct ActorAdditions {
    var quotes: [Int] = []
    var mentions: [TextSpan] = []
    var aliases: [String] = []

    /// The actor with these additions; its mentions in text order.
    func applied(to actor: inout Actor) {
        actor.quotes += quotes
        actor.aliases += aliases
        // The grouping's mentions are in text order already: only new ones need a sort.
        if !mentions.isEmpty {
            actor.mentions += mentions
            actor.mentions.sort()
        }
    }
}
