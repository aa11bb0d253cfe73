import Foundation
import Yams

/// The outcomes a trainer demonstrates, one labelled sample input each.
public enum SampleOutcome: String, CaseIterable, Sendable, Codable {
    case criminalCaseAFM = "criminal_case_afm"
    case criminalCaseMVD = "criminal_case_mvd"
    case warningList = "warning_list"
    case warningListNoBIN = "warning_list_no_bin"
    case licenceRevoked = "licence_revoked"
    case licenceSuspended = "licence_suspended"
    case licensed
    case licensedAndListed = "licensed_and_listed"
    case notFound = "not_found"
    case invalidCheckDigit = "invalid_check_digit"
    case iin
    /// A subject using a licensee's name, without a BIN (checked by its link).
    case impostorNoBIN = "impostor_no_bin"
    /// A website built from a licensed bank's name.
    case impostorWebsite = "impostor_website"

    public var message: Message { Message("sample.\(rawValue)") }
}

/// One demo input from `samples.yaml`, as named by the manifest.
public struct Sample: Sendable, Equatable, Codable {
    public let outcome: SampleOutcome
    public let input: String
    /// The subject's name as the registry writes it, or empty when there is none.
    public let name: String

    /// Public so the demo data generator can build the samples it writes.
    public init(outcome: SampleOutcome, input: String, name: String) {
        self.outcome = outcome
        self.input = input
        self.name = name
    }

    /// The samples of a data set, in the order of `SampleOutcome`.
    public static func load(for data: DataSet) throws(SampleError) -> [Sample] {
        guard let file = data.manifest.dataset.samples else { throw .none }
        let url = data.directory.appendingPathComponent(file)
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            let samples = try YAMLDecoder().decode(SampleFile.self, from: text).samples
            return samples.sorted { a, b in
                SampleOutcome.allCases.firstIndex(of: a.outcome)! < SampleOutcome.allCases.firstIndex(of: b.outcome)!
            }
        } catch {
            throw .unreadable(path: url.path, problem: YAMLProblem(error))
        }
    }

    struct SampleFile: Codable { var samples: [Sample] }
}

/// Why the samples are not available.
public enum SampleError: Error, Sendable, Localizable {
    case none
    case unreadable(path: String, problem: YAMLProblem)

    public var message: Message {
        switch self {
        case .none: Message("sample.none")
        case .unreadable(let path, let problem): Message("sample.unreadable", ["path": .text(path), "problem": .message(problem.message)])
        }
    }
}
