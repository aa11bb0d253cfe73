import TekserCore

/// The caption shown to the room, in a box across the bottom of the screen; while a scenario
/// plays, its border shows the title, whether it is paused, the speed and the playback keys.
struct CaptionBox {
    let model: TrainerModel
    let lines: [String]
    let theme: ChatTheme

    func draw(into grid: inout Grid, area: Rect) {
        let border = Style(.accent, .bold)
        grid.fill(area)
        grid.drawBox(area, glyphs: theme.glyphs, style: border)
        let inner = area.inset(dx: 2, dy: 1)
        for (offset, line) in lines.enumerated() {
            grid.put(line, at: Point(x: inner.x, y: inner.y + offset), style: Style(.normal, .bold), clip: inner)
        }
        guard let player = model.player else { return }
        let top = Rect(x: area.x + 2, y: area.y, width: max(0, area.width - 4), height: 1)
        let state = model.text(player.isPaused ? "trainer.play.paused" : "trainer.play.playing")
        let status = theme.show(" \(state) \(player.speed.label) ")
        let title = theme.show(" \(player.scenario.title) ")
        grid.put(title, at: Point(x: top.x, y: top.y), style: border, clip: top)
        grid.put(status, at: Point(x: top.maxX - DisplayWidth.width(of: status), y: top.y), style: border, clip: top)
        let bottom = Rect(x: top.x, y: area.maxY - 1, width: top.width, height: 1)
        let hint = KeyMap.playback.hint(model.chat.catalog, in: model.chat.language)
        let keys = DisplayWidth.truncate(theme.show(" \(hint) "), toWidth: bottom.width,
                                         ellipsis: theme.glyphs.ellipsis)
        grid.put(keys, at: Point(x: bottom.maxX - DisplayWidth.width(of: keys), y: bottom.y), style: Style(.muted), clip: bottom)
    }
}
