import Foundation

/// Grows registries of any size for benchmarks: the same columns, encodings and kinds of rows
/// as the demo files, streamed to disk so a million rows need no more memory than ten.
public struct RegisterGenerator: Sendable {
    /// Which registry file to generate.
    public enum Register: Sendable, CaseIterable {
        case licensed, warningList, afmCases, mvdCases

        var file: RegisterFile {
            switch self {
            case .licensed: .licensed
            case .warningList: .warningList
            case .afmCases: .afmCases
            case .mvdCases: .mvdCases
            }
        }
    }

    public let register: Register
    public let seed: UInt64

    public init(_ register: Register, seed: UInt64) {
        self.register = register
        self.seed = seed
    }

    /// The name `data/manifest.yaml` gives this registry, so a generated folder can reuse the manifest.
    public var fileName: String { register.file.name }

    /// Writes a header and `rows` rows to `url`. BINs never repeat within a file.
    public func write(rows: Int, to url: URL) throws {
        let nextRow = rowSource()
        try register.file.write(to: url) { writer in
            for index in 0..<rows { try writer.write(nextRow(index)) }
        }
    }

    /// A function from the row index to the row's fields, keeping its generators' state.
    private func rowSource() -> (Int) -> [String] {
        var random = SplitMix64(seed: seed)
        switch register {
        case .licensed:
            var licensees = LicensedEntityMaker(random: &random)
            return { _ in licensees.make().fields }
        case .warningList:
            var schemes = WarningSubjectMaker(random: &random)
            return { schemes.make(number: $0 + 1).fields }
        case .afmCases, .mvdCases:
            var schemes = WarningSubjectMaker(random: &random)
            var people = PersonMaker(random: &random)
            var cases = CriminalCaseMaker(publisher: register == .afmCases ? .afm : .mvd, random: &random)
            return { _ in
                let subject = random.chance(10) ? people.make() : schemes.makeCompany()
                return cases.make(against: subject).fields
            }
        }
    }
}
