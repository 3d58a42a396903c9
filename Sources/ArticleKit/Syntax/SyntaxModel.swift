import Foundation

/// The weights of one language's tagger and parser, with the tag and relation names they index
/// and the treebanks they were trained on. Binary format (little endian), version 1:
///   "VBSYNTX1" · UInt32 version · String language · String source · UInt32 n · n × String tags ·
///   UInt32 m · m × String relations · WeightMatrix tagger · WeightMatrix actions · WeightMatrix labels
/// where String is UInt32 length + UTF-8 and a WeightMatrix is UInt32 rowBits · UInt32 classes ·
/// Float32 scale · bitmap of the nonzero weights (row-major) · UInt32 their count · Int16 their values.
public struct SyntaxModel: Sendable {
    public static let magic = Array("VBSYNTX1".utf8)
    public static let version: UInt32 = 1

    public let language: String
    /// The treebanks (and their licences) the weights derive from.
    public let source: String
    public let tags: [String]
    public let relations: [String]
    let tagger: WeightMatrix
    let actions: WeightMatrix
    let labels: WeightMatrix

    init(language: String, source: String, tags: [String], relations: [String],
         tagger: WeightMatrix, actions: WeightMatrix, labels: WeightMatrix) {
        self.language = language; self.source = source; self.tags = tags; self.relations = relations
        self.tagger = tagger; self.actions = actions; self.labels = labels
    }

    public init(data: Data) throws {
        var input = ModelReader(data)
        guard Array(try input.bytes(8)) == Self.magic else { throw ModelReader.FormatError.badHeader }
        let version = try input.u32()
        guard version == Self.version else { throw ModelReader.FormatError.unsupportedVersion(version) }
        let language = try input.string(), source = try input.string()
        func strings() throws -> [String] {
            let n = Int(try input.u32())
            guard n >= 1, n <= 512 else { throw ModelReader.FormatError.badHeader }
            return try (0..<n).map { _ in try input.string() }
        }
        let tags = try strings(), relations = try strings()
        let tagger = try WeightMatrix(from: &input)
        let actions = try WeightMatrix(from: &input)
        let labels = try WeightMatrix(from: &input)
        guard input.atEnd, tagger.classes == tags.count, actions.classes == 3, labels.classes == relations.count,
              relations.contains("root") else { throw ModelReader.FormatError.badHeader }
        self.init(language: language, source: source, tags: tags, relations: relations,
                  tagger: tagger, actions: actions, labels: labels)
    }

    public func data() -> Data {
        var out = ModelWriter()
        out.bytes(Self.magic)
        out.u32(Self.version)
        out.string(language); out.string(source)
        out.u32(UInt32(tags.count)); for t in tags { out.string(t) }
        out.u32(UInt32(relations.count)); for r in relations { out.string(r) }
        tagger.write(to: &out); actions.write(to: &out); labels.write(to: &out)
        return out.data
    }

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let path): "syntax model \(path) is missing from ArticleKit's resources: run `verbatim-train train-syntax`"
            }
        }
    }

    /// Reads `Resources/syntax/<language>.bin` from the package.
    public static func loadShipped(language: String) throws -> SyntaxModel {
        guard let url = Bundle.module.url(forResource: language, withExtension: "bin", subdirectory: "Resources/syntax") else {
            throw LoadError.missing("Resources/syntax/\(language).bin")
        }
        return try SyntaxModel(data: Data(contentsOf: url))
    }
}
