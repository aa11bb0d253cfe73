import Testing
@testable import TekserCore

/// The fast path of the link parser takes apart exactly what `URLComponents` would, and
/// leaves everything else to it.
@Suite struct PlainAddressTests {
    @Test(arguments: [
        "https://demo-bit-online.kz", "https://www.Demo-Maining-KZ.kz/", "HTTP://t.me/demo_bit_online", "vk.com/Demo.Trade~24/",
        "https://instagram.com/demo_trade_24", "example.kz/ru//a/", "https://1.2.3.4/x", "https://a.b.c.kz/x-y/z_w/index.html",
        "https://sub.domain-with-hyphens.kz/deep/path/that/goes/on",
    ])
    func plainAddressesSplitAsURLComponentsDoes(text: String) throws {
        let plain = try #require(PlainAddress(text))
        let parts = try LinkParser.foundationParts(text).get()
        #expect(plain.host == parts.host)
        #expect(plain.path == parts.path)
        #expect(parts.query.isEmpty)
    }

    @Test(arguments: [
        "https://-demo.kz", "https://demo-.kz", "https://demo..kz", "https://.demo.kz", "demo.kz.", "https://demo.kz:8443/x",
        "https://demo.kz/?a=1", "https://demo.kz/#top", "https://demo.kz/%D0%B0", "https://демо.қаз", "https://demo_x.kz",
        "ftp://demo.kz", "mailto:a@demo.kz", "//demo.kz", "demo", "https://user@demo.kz", "https://demo.kz/a b", "https://",
    ])
    func anythingElseGoesToURLComponents(text: String) {
        #expect(PlainAddress(text) == nil)
    }
}
