import Foundation
import TekserCore

/// Inquiries per day as a stacked bar chart in a standalone SVG, for the weekly report: one
/// column per day, one segment per verdict (most severe at the bottom), a legend, the counts.
///
/// Plain SVG text, no library: a few rectangles and labels. Each segment carries its day,
/// verdict and count as `data-` attributes, and the root its scale (pixels per inquiry), so
/// the numbers can be read back from the picture.
public struct StatsChartSVG {
    public let days: [DayVerdicts]
    public let title: String
    /// A verdict's name in the report's language.
    public let verdictName: (InquiryVerdict) -> String
    /// A day as the report's language writes it.
    public let dayName: (CalendarDate) -> String

    public init(days: [DayVerdicts], title: String, verdictName: @escaping (InquiryVerdict) -> String,
                dayName: @escaping (CalendarDate) -> String) {
        self.days = days
        self.title = title
        self.verdictName = verdictName
        self.dayName = dayName
    }

    static let plotHeight = 240.0
    static let column = 60.0, gap = 16.0, left = 48.0, top = 48.0, bottom = 40.0, legendRow = 22.0

    /// The fill of each verdict: red for the worst, green for a licence, grey for what was not found.
    public static func colour(_ verdict: InquiryVerdict) -> String {
        switch verdict {
        case .verdict(.criminalCase): "#b3261e"
        case .verdict(.warningList): "#e8710a"
        case .verdict(.licenceRevoked): "#8e24aa"
        case .verdict(.licenceSuspended): "#f9ab00"
        case .verdict(.licensed): "#188038"
        case .verdict(.notFound): "#80868b"
        case .invalid: "#c5c8cc"
        }
    }

    public func render() -> String {
        let highest = max(1, days.map(\.total).max() ?? 0)
        let scale = Self.plotHeight / Double(highest)
        let verdicts = InquiryVerdict.allCases.filter { verdict in days.contains { $0.counts.contains { $0.key == verdict } } }
        // Wide enough for the columns and for the title (about 11 px a letter, bold at 16 px).
        let width = max(Self.left + Double(days.count) * (Self.column + Self.gap) + Self.gap, Self.left + Double(title.count) * 11 + 16)
        let legendTop = Self.top + Self.plotHeight + Self.bottom
        let height = legendTop + Double(verdicts.count) * Self.legendRow + 8
        var svg = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Self.number(width))" height="\#(Self.number(height))" "#
                + #"font-family="sans-serif" font-size="12" data-scale="\#(Self.number(scale))">"#,
            #"<title>\#(Self.escaped(title))</title>"#,
            #"<text x="\#(Self.number(Self.left))" y="24" font-size="16" font-weight="bold">\#(Self.escaped(title))</text>"#,
            #"<line x1="\#(Self.number(Self.left))" y1="\#(Self.number(Self.top + Self.plotHeight))" x2="\#(Self.number(width))" "#
                + #"y2="\#(Self.number(Self.top + Self.plotHeight))" stroke="dimgray"/>"#,
            #"<text x="\#(Self.number(Self.left - 6))" y="\#(Self.number(Self.top + 4))" text-anchor="end">\#(highest)</text>"#,
        ]
        for (index, day) in days.enumerated() {
            let x = Self.left + Self.gap + Double(index) * (Self.column + Self.gap)
            var base = Self.top + Self.plotHeight
            for tally in day.counts {
                let barHeight = Double(tally.count) * scale
                base -= barHeight
                svg.append(#"<rect class="bar" data-day="\#(day.day)" data-verdict="\#(tally.key.code)" data-count="\#(tally.count)" "#
                    + #"x="\#(Self.number(x))" y="\#(Self.number(base))" width="\#(Self.number(Self.column))" "#
                    + #"height="\#(Self.number(barHeight))" fill="\#(Self.colour(tally.key))"/>"#)
            }
            let middle = Self.number(x + Self.column / 2)
            if day.total > 0 {
                svg.append(#"<text x="\#(middle)" y="\#(Self.number(base - 4))" text-anchor="middle">\#(day.total)</text>"#)
            }
            svg.append(#"<text x="\#(middle)" y="\#(Self.number(Self.top + Self.plotHeight + 16))" text-anchor="middle">"#
                + Self.escaped(dayName(day.day)) + "</text>")
        }
        for (row, verdict) in verdicts.enumerated() {
            let y = legendTop + Double(row) * Self.legendRow
            svg.append(#"<rect class="legend" x="\#(Self.number(Self.left))" y="\#(Self.number(y))" width="14" height="14" fill="\#(Self.colour(verdict))"/>"#)
            svg.append(#"<text x="\#(Self.number(Self.left + 20))" y="\#(Self.number(y + 12))">\#(Self.escaped(verdictName(verdict)))</text>"#)
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// At most two decimals, no trailing zeros: SVG needs no more.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
