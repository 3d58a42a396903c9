/// The lowercased name words of each actor, built the first time a name in another case is
/// looked up (most articles never ask).
final class NameForms {
    private let build: () -> [[[Character]]]
    private(set) lazy var forms: [[[Character]]] = build()

    init(_ build: @escaping () -> [[[Character]]]) { self.build = build }
}
