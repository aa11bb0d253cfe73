import Foundation
import PostgresNIO
import TekserStore

/// Sorts what postgres-nio reports into what the operator can do about it.
enum ServerErrors {
    static func journalError(_ error: any Error, server: ServerURL) -> JournalError {
        if let error = error as? JournalError { return error }
        let name = server.description
        if let transaction = error as? PostgresTransactionError {
            return journalError(transaction.closureError ?? transaction.beginError ?? transaction.commitError ?? error, server: server)
        }
        guard let error = error as? PSQLError else {
            return .serverUnreachable(server: name, reason: unreachable(error))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? state
            switch state {
            case "28P01", "28000": return .serverLogin(server: name, reason: message)
            case "3D000": return .serverNoDatabase(server: name, database: server.database)
            // The server shutting down or starting up, or the connection failing: it is away.
            case "57P01", "57P02", "57P03": return .serverUnreachable(server: name, reason: .shuttingDown)
            case _ where state.hasPrefix("08"): return .serverUnreachable(server: name, reason: .failed)
            // A data exception or a broken constraint: this row will never be taken.
            case _ where state.hasPrefix("22") || state.hasPrefix("23"): return .serverRejected(server: name, detail: message)
            default: return .serverFailed(server: name, detail: message)
            }
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return .serverLogin(server: name, reason: String(describing: error.code))
        case .connectionError:
            return .serverUnreachable(server: name, reason: error.underlying.map(unreachable) ?? .failed)
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .queryCancelled:
            return .serverUnreachable(server: name, reason: .closed)
        default:
            return .serverFailed(server: name, detail: String(describing: error.code))
        }
    }

    /// What SwiftNIO's connection error under postgres-nio's means for the operator: the first
    /// attempt (of the host's addresses) that says more than "failed".
    static func unreachable(_ error: any Error) -> Unreachable {
        switch error {
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil { return .noSuchHost }
            return error.connectionErrors.lazy.map { unreachable($0.error) }.first { $0 != .failed } ?? .failed
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return .refused
            case ENETUNREACH, EHOSTUNREACH: return .noRoute
            case ETIMEDOUT: return .noAnswer(milliseconds: nil)
            default: return .failed
            }
        case ChannelError.connectTimeout(let time):
            return .noAnswer(milliseconds: Int(time.nanoseconds / 1_000_000))
        default:
            return .failed
        }
    }
}
