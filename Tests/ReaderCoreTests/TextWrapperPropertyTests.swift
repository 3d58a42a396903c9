import Testing
import PropertyBased
import ArticleKit
@testable import ReaderCore

/// Invariants of the wrapper over generated text and widths: no cluster is lost or shown twice
/// (only whitespace at a break is dropped), and the clusters keep the scalars they came from.
@Suite struct TextWrapperPropertyTests {
    @Test func wrappingNeitherLosesNorDuplicatesACluster() async {
        await propertyCheck(count: 300, input: ArticleTextGen.texts(), Gen.int(in: 0...90)) { text, width in
            let display = DisplayText(text)
            let layout = ArticleLayout(text: display, width: width)
            #expect(layout.paragraphFirstLine.count == display.paragraphs.count)
            for (p, paragraph) in display.paragraphs.enumerated() {
                let lines = layout.lines.filter { $0.paragraph == p }
                #expect(!lines.isEmpty)
                // Walk the paragraph's clusters: each belongs to exactly one line, in order, or is
                // whitespace between two lines.
                var next = paragraph.clusters.lowerBound
                for line in lines {
                    #expect(line.clusters.lowerBound >= next, "line \(line.clusters) repeats clusters before \(next)")
                    for skipped in next..<max(next, line.clusters.lowerBound) {
                        #expect(display.clusters[skipped].isWhitespace, "cluster \(skipped) lost at width \(width)")
                    }
                    next = max(next, line.clusters.upperBound)
                    // A line wider than the pane only when it holds a single cluster wider than it.
                    let columns = TextWrapper.measure(display.clusters, line.clusters)
                    #expect(columns <= max(1, width) || line.clusters.count == 1, "line of \(columns) at width \(width)")
                }
                #expect(next <= paragraph.clusters.upperBound)
                for skipped in next..<paragraph.clusters.upperBound {
                    #expect(display.clusters[skipped].isWhitespace, "trailing cluster \(skipped) lost")
                }
            }
        }
    }

    @Test func clustersCoverTheTextInOrder() async {
        await propertyCheck(count: 300, input: ArticleTextGen.texts()) { text in
            let display = DisplayText(text)
            let scalars = Array(text.unicodeScalars)
            #expect(display.scalarCount == scalars.count)
            var offset = 0
            for cluster in display.clusters {
                #expect(cluster.start >= offset && cluster.start < cluster.end && cluster.end <= scalars.count)
                // What lies between two clusters was not shown: line breaks and invisible format characters.
                if cluster.start > offset {
                    let gap = String(String.UnicodeScalarView(scalars[offset..<min(cluster.start, scalars.count)]))
                    for character in gap {
                        let glyph = TextSanitizer.glyph(for: character)
                        #expect(glyph == .newline || glyph == .hidden, "\(character.unicodeScalars.map(\.value)) dropped")
                    }
                }
                offset = max(offset, cluster.end)
            }
        }
    }
}
