import TekserCore

extension TextEncoding {
    /// Appends `text` in this encoding; a character the code page lacks (a Kazakh letter in 1251)
    /// is an error, not a `?`.
    func append(_ text: String, to bytes: inout [UInt8]) throws(DemoDataError) {
        guard let encoded = encode(text) else {
            let bad = text.unicodeScalars.first { encode(String($0)) == nil }.map(String.init) ?? text
            throw .unencodable(character: bad, encoding: rawValue)
        }
        bytes.append(contentsOf: encoded)
    }
}
