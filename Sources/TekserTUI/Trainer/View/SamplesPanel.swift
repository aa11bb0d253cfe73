import TekserCore

/// The samples panel: one demo input per outcome, its label above it, the selected one
/// highlighted; it scrolls to keep the selection in view.
struct SamplesPanel {
    let model: TrainerModel
    let theme: ChatTheme

    /// The columns the longest label or input needs inside the borders, so the panel can fit it.
    var widestRow: Int {
        model.samples.map { max(DisplayWidth.width(of: label($0)), 1 + DisplayWidth.width(of: theme.show(PersonalData.masked($0.input)))) }.max() ?? 0
    }

    /// Draws the panel and returns each visible sample's rows, for clicks.
    func draw(into grid: inout Grid, area: Rect) -> [SampleRow] {
        grid.fill(area)
        grid.drawBox(area, glyphs: theme.glyphs, style: Style(.accent))
        let title = theme.show(" \(KeyMap.samples.keyLabel(of: .toggle)) \(model.text("trainer.samples.title")) ")
        grid.put(title, at: Point(x: area.x + 1, y: area.y), style: Style(.accent, .bold), clip: area.inset(dx: 1, dy: 0))
        let bottom = Rect(x: area.x + 1, y: area.maxY - 1, width: max(0, area.width - 2), height: 1)
        let hint = KeyMap.samples.hint(model.chat.catalog, in: model.chat.language)
        let keys = DisplayWidth.truncate(theme.show(" \(hint) "), toWidth: bottom.width,
                                         ellipsis: theme.glyphs.ellipsis)
        grid.put(keys, at: Point(x: bottom.maxX - DisplayWidth.width(of: keys), y: bottom.y), style: Style(.muted), clip: bottom)
        let inner = area.inset(dx: 1, dy: 1)
        guard !model.samples.isEmpty else {
            for (offset, line) in DisplayWidth.wrap(theme.show(model.text("sample.none")), width: max(1, inner.width)).enumerated() {
                grid.put(line, at: Point(x: inner.x, y: inner.y + offset), style: Style(.muted), clip: inner)
            }
            return []
        }
        let visible = max(1, inner.height / 2)
        let first = min(max(0, model.selectedSample - visible / 2), max(0, model.samples.count - visible))
        var rows: [SampleRow] = []
        for index in first..<min(model.samples.count, first + visible) {
            let sample = model.samples[index]
            let y = inner.y + (index - first) * 2
            let selected = index == model.selectedSample
            let rect = Rect(x: inner.x, y: y, width: inner.width, height: 2).intersection(inner)
            grid.fill(rect, style: Style(selected ? .focusedButton : .normal))
            grid.put(fitted(label(sample), width: inner.width), at: Point(x: inner.x, y: y),
                     style: Style(selected ? .focusedButton : .muted, selected ? .bold : []), clip: inner)
            grid.put(fitted(" " + theme.show(PersonalData.masked(sample.input)), width: inner.width), at: Point(x: inner.x, y: y + 1),
                     style: Style(selected ? .focusedButton : .accent, .bold), clip: inner)
            rows.append(SampleRow(rect: rect, index: index))
        }
        return rows
    }

    private func label(_ sample: Sample) -> String {
        theme.show(model.text(sample.outcome.message.key))
    }

    /// Cut with an ellipsis when the screen is too narrow, so a cut link does not look whole.
    private func fitted(_ text: String, width: Int) -> String {
        DisplayWidth.truncate(text, toWidth: max(0, width), ellipsis: theme.glyphs.ellipsis)
    }
}
