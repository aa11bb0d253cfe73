import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

/// The weekly chart as SVG: parsed back as XML, its bars must say what the journal's numbers say.
@Suite struct StatsChartSVGTests {
    /// Every element with its attributes, as an XML parser reads the picture.
    final class Elements: NSObject, XMLParserDelegate {
        var found: [(name: String, attributes: [String: String])] = []
        var texts: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            found.append((name, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
    }

    @Test func theBarsAreTheJournalsNumbers() throws {
        let scratch = try StatsTests.week()
        defer { scratch.remove() }
        let stats = try scratch.journal.stats()
        let svg = StatsChartSVG(days: stats.perDayByVerdict, title: "Week <45> & “report”", verdictName: { $0.code },
                                dayName: { $0.description }).render()
        let parser = XMLParser(data: Data(svg.utf8))
        let elements = Elements()
        parser.delegate = elements
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        let root = try #require(elements.found.first { $0.name == "svg" })
        let scale = try #require(Double(root.attributes["data-scale"] ?? ""))
        let bars = elements.found.filter { $0.attributes["class"] == "bar" }
        // Monday: 2 licensed + 1 criminal case; Tuesday: none; Wednesday: 1 licensed, 2 criminal cases, 1 invalid.
        #expect(bars.map { [$0.attributes["data-day"]!, $0.attributes["data-verdict"]!, $0.attributes["data-count"]!] } == [
            ["2026-11-02", "criminal_case", "1"], ["2026-11-02", "licensed", "2"],
            ["2026-11-04", "criminal_case", "2"], ["2026-11-04", "licensed", "1"], ["2026-11-04", "invalid", "1"],
        ])
        for bar in bars {
            let count = try #require(Double(bar.attributes["data-count"] ?? ""))
            #expect(Double(bar.attributes["height"] ?? "") == count * scale)
        }
        // The busiest day (4 inquiries) fills the plot.
        #expect(scale * 4 == StatsChartSVG.plotHeight)
        #expect(elements.found.filter { $0.attributes["class"] == "legend" }.count == 3)
        #expect(elements.texts.joined().contains("Week <45> & “report”"))
    }
}
