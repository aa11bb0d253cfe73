import Foundation
import TekserCore

/// Everything the desk screen shows, as one value: `DeskUpdate` changes it, `DeskView` draws it.
public struct DeskModel: Sendable {
    /// What the line at the top of the left pane is being used for.
    public enum Mode: Hashable, Sendable {
        /// Typing an identifier; Enter checks it.
        case check
        /// Editing the note of inquiry `id`; Enter saves it.
        case note(Int64)
        /// Typing text that filters the list.
        case find
    }

    public let catalog: Catalog
    public let language: Language
    public let ascii: Bool
    public let operatorName: String
    /// The shift's inquiries, latest first.
    public internal(set) var entries: [DeskEntry]
    public internal(set) var selectedID: Int64?
    public internal(set) var input = LineEditor()
    public internal(set) var mode = Mode.check
    /// The list shows only inquiries containing this text (F3).
    public internal(set) var filter = ""
    /// Whether Enter on the find line also searches the team's journal on the server.
    public let searchesTeam: Bool
    /// The team's last answer for `filter`, shown under the operator's own matches.
    public internal(set) var team: TeamSearch?
    /// The channel the next inquiry is recorded with; F6 changes it with the selected one.
    public internal(set) var channel: Channel
    public internal(set) var panelScroll = 0
    public internal(set) var isMaximised = false
    public internal(set) var showsHelp = false
    /// A check waiting for the journal: its answer is shown only once it is recorded.
    public internal(set) var isRecording = false
    /// A notice or error in the header, until the next key.
    public internal(set) var status: String?
    /// Inquiries kept on this machine for the team's server while it is away.
    public internal(set) var waiting = 0
    /// Why the team's server takes nothing from this desk though it answers (a key that does not match).
    public internal(set) var serverProblem: Message?
    /// The published data version in use, and whether the server could be asked for a newer
    /// one; nil for a local data folder.
    public var dataNote: Message?
    /// The evidence panel's height and how far it can scroll, from the last frame drawn.
    public var layout = DeskLayout()

    /// The desk's clock, for the times of inquiries not in the journal yet.
    public let clock: ClockTime

    /// `status`: a notice for the first frame (the server away at the start of the shift).
    public init(catalog: Catalog, language: Language, ascii: Bool = false, operatorName: String, timeZone: TimeZone = .current,
                entries: [DeskEntry] = [], channel: Channel = .phone, searchesTeam: Bool = false, status: String? = nil) {
        self.searchesTeam = searchesTeam
        self.status = status
        self.catalog = catalog
        self.language = language
        self.ascii = ascii
        self.operatorName = operatorName
        clock = ClockTime(timeZone: timeZone)
        self.entries = entries
        self.channel = channel
        selectedID = entries.first?.id
    }

    func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        catalog.text(key, arguments, in: language)
    }

    /// The entries the filter lets through, latest first; then the team's matches that are not
    /// this operator's own.
    public var visibleEntries: [DeskEntry] {
        let needle = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return entries }
        let own = entries.filter { entry in
            [entry.shown, entry.note, entry.time].contains { $0.lowercased().contains(needle) }
        }
        return own + teamMatches
    }

    /// The team's matches that are none of this desk's entries, by number or, for one kept
    /// while the server was away and numbered anew there, by UUID.
    var teamMatches: [DeskEntry] {
        guard case .found(_, let matches)? = team else { return [] }
        let ownIDs = Set(entries.map(\.id))
        let ownUUIDs = Set(entries.compactMap(\.uuid))
        return matches.filter { match in !ownIDs.contains(match.id) && !(match.uuid.map(ownUUIDs.contains) ?? false) }
    }

    public var selected: DeskEntry? {
        if let own = entries.first(where: { $0.id == selectedID }) { return own }
        guard case .found(_, let matches)? = team else { return nil }
        return matches.first { $0.id == selectedID }
    }

    /// Whether `entry` came from the team search (not this desk's list), so its row names its operator.
    func isTeamMatch(_ entry: DeskEntry) -> Bool { !entries.contains { $0.id == entry.id } }

    /// Writes texts for this desk: emoji or ASCII, in its language.
    var writer: AnswerWriter { AnswerWriter(catalog: catalog, language: language, ascii: ascii) }
}

/// What the team's server answered to F3 for a text.
public enum TeamSearch: Sendable {
    /// The team's inquiries containing `text`, latest first.
    case found(text: String, [DeskEntry])
    /// The server could not answer: only the operator's own inquiries are shown.
    case away(text: String)

    var text: String {
        switch self {
        case .found(let text, _), .away(let text): text
        }
    }
}

/// What the view reports about the frame it drew, for paging the evidence panel.
public struct DeskLayout: Hashable, Sendable {
    public var panelHeight = 0
    public var maxPanelScroll = 0

    public init(panelHeight: Int = 0, maxPanelScroll: Int = 0) {
        self.panelHeight = panelHeight
        self.maxPanelScroll = maxPanelScroll
    }
}

/// What reaches `DeskUpdate`: a key, or the journal's answer to a command.
public enum DeskEvent: Sendable {
    case input(InputEvent)
    /// The inquiry is committed to the journal; only now is its answer shown.
    case recorded(DeskEntry)
    /// An inquiry kept while the journal refused it (`localID`) is now written, as `entry`.
    case saved(localID: Int64, entry: DeskEntry)
    /// A note is saved; `note` is the text as the journal keeps it.
    case noteSaved(id: Int64, note: String)
    /// The journal refused; `message` says why, in the desk's language.
    case failed(message: String)
    /// Something the operator should know that is not an error, e.g. new data swapped in.
    case notice(String)
    /// New data is in use: the shift's inquiries checked again on it, by inquiry id.
    case rechecked([Int64: CheckResult])
    /// How many inquiries wait for the team's server now.
    case waiting(Int)
    /// What keeps the team's server from taking this desk's inquiries now, if anything.
    case serverProblem(Message?)
    /// The team's server answered F3's search (or could not).
    case team(TeamSearch)
}

/// Side effects asked of the run loop.
public enum DeskCommand: Hashable, Sendable {
    /// Check `typed`, record it with `channel`, then report `.recorded`.
    case check(typed: String, channel: Channel)
    case saveNote(id: Int64, note: String)
    case saveChannel(id: Int64, channel: Channel)
    /// Search the team's inquiries for `text`, then report `.team`.
    case searchTeam(text: String)
    case redraw
    case quit
}
