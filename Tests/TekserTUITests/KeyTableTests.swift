import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// Every mode's keys come from one table: each action bound once, explained in every
/// language, and the bars and box edges written from it.
@Suite struct KeyTableTests {
    static let catalog = ChatHarness.catalog

    static func check<Action: CaseIterable & Hashable & Sendable>(_ table: KeyTable<Action>, _ actions: Action.AllCases) {
        #expect(Set(table.bindings.map(\.action)) == Set(actions))
        #expect(table.bindings.count == actions.count)
        let keys = table.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for binding in table.bindings {
            for language in Language.allCases {
                #expect(catalog.has(binding.help.key, in: language), "\(binding.help.key) in \(language)")
                if let bar = binding.bar { #expect(catalog.has(bar.key, in: language), "\(bar.key) in \(language)") }
            }
        }
    }

    @Test func everyTableBindsEachActionOnceWithHelpInEveryLanguage() {
        Self.check(KeyMap.chat, KeyAction.allCases)
        Self.check(KeyMap.desk, DeskAction.allCases)
        Self.check(KeyMap.playback, PlaybackAction.allCases)
        Self.check(KeyMap.samples, SamplesAction.allCases)
        Self.check(KeyMap.kiosk(operatorKey: .function(12)), KioskAction.allCases)
    }

    @Test(arguments: [(Language.en, "Space pause · → step · +/- speed · Esc stop"),
                      (.ru, "Пробел пауза · → шаг · +/- скорость · Esc стоп"),
                      (.kk, "Бос орын үзіліс · → қадам · +/- жылдамдық · Esc тоқтату")])
    func theCaptionBoxHintIsTheTable(language: Language, hint: String) {
        #expect(KeyMap.playback.hint(Self.catalog, in: language) == hint)
    }

    @Test func theHelpListsEveryKeyInAColumn() {
        let lines = KeyMap.kiosk(operatorKey: .function(9)).helpLines(Self.catalog, in: .en)
        #expect(lines == ["F9         the operator's PIN prompt", "Enter      confirm", "Esc        cancel", "Backspace  delete a digit"])
    }

    @Test func aDescriptionTooLongForTheWidthGoesOnUnderItself() {
        let lines = KeyMap.kiosk(operatorKey: .function(9)).helpLines(Self.catalog, in: .kk, width: 30)
        #expect(lines.prefix(3) == ["F9         оператордың PIN", "           сұрауы", "Enter      растау"], "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 30 })
    }

    @Test func aConfiguredOperatorKeyOpensThePromptAndF12DoesNot() {
        let policy = QuotaPolicy(limit: 5, timeZone: ChatHarness.almaty)
        let settings = KioskSettings(operatorKey: .function(9), language: .en, quota: policy, chat: ChatOptions(typingDelayMilliseconds: 0))
        var model = KioskModel(catalog: Self.catalog, settings: settings, verifyPIN: { _ in false }, now: ChatHarness.start)
        _ = model.enterService(now: ChatHarness.start)
        (model, _) = KioskUpdate.update(model, .chat(.input(.function(12))), now: ChatHarness.start)
        #expect(model.overlay == nil)
        (model, _) = KioskUpdate.update(model, .chat(.input(.function(9))), now: ChatHarness.start)
        #expect(model.overlay == .pin(digits: "", rejected: false))
    }
}
