import Foundation
import TekserBot
import TekserCore

/// The bot over the demo data set shipped in data/, loaded once per fuzzing process:
/// real registries and catalogs, so the conversation reaches every verdict.
public enum ShippedBot {
    /// The repository's data/ folder, found from this file's place in the tree.
    public static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

    /// A fixed moment, so that quota days and bubble times do not depend on when the fuzzer runs.
    public static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The registries in data/, loaded once per process.
    public static let data: DataSet = {
        do {
            return try DataSet.load(directory: dataDirectory)
        } catch {
            fatalError("cannot load the shipped data in \(dataDirectory.path): \(error)")
        }
    }()

    public static func make() -> Bot {
        do {
            let catalog = try Catalog.bundled()
            let quota = QuotaPolicy(limit: 5, timeZone: TimeZone(identifier: "Asia/Almaty")!)
            return Bot(checker: Checker(data: data), catalog: catalog, quota: quota)
        } catch {
            fatalError("cannot load the catalog: \(error)")
        }
    }

    /// Real inputs that reach each branch of the conversation: samples, commands, menu words.
    public static let messages: [String] = [
        "/start", "/check", "/signs", "/report", "/lang", "/help", "/quit", "/unknown", "/start@TekserBot",
        "/check 250940859866", "/CHECK 25094085986", "/signs 2",
        "250940859866", "240440741391", "210250638169", "https://демо-сәттілік-онлайн.қаз",
        "160540081987", "211051155762", "950340229553", "101240008203", "100440955475",
        "250940859867", "БИН 2509 4085 9866", "ИИН: 850312300012", "25O94O859866", "25094085986",
        "2509408598661", "Демо Тумар", "сәлем", "Привет", "hello", "", " ", "🙂", "қазақша", "Русский",
        "English", "@demo_tumar", "+7 701 000 00 00",
    ]

    /// Callback data as the bot's buttons send it, and near misses.
    public static let callbackData: [String] = [
        "lang:kk", "lang:ru", "lang:en", "lang:", "lang:xx", "ev:250940859866", "ev:", "ev:abc", "todo:warning",
        "todo:", "again", "chk:250940859866", "chk:", "chk:1", "signs:1", "signs:2", "signs:0", "signs:-1",
        "signs:9223372036854775807", "signs:-9223372036854775808", "signs:", ":", "",
    ]
}
