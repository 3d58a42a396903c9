/// A role noun with the complement that makes it another role: "chef de l'État" is a president,
/// "head of government" a minister, "глава региона" a governor. Read from the `[role-phrases]`
/// section of a statement lexicon.
struct RolePhrase: Sendable {
    var words: [CueWordKey]
    var roleClass: String
}
