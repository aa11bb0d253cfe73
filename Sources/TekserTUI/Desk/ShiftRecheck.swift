import TekserCore

extension DeskModel {
    /// The shift's inquiries asked again on `checker`'s data (new data swapped in), by inquiry id:
    /// `DeskEvent.rechecked` marks those whose verdict would now differ.
    public func recheckedShift(on checker: Checker) -> [Int64: CheckResult] {
        entries.reduce(into: [:]) { results, entry in
            results[entry.id] = entry.result.flatMap { checker.recheck($0, language: language) }
        }
    }
}
