import TekserCore
/// An endless supply of distinct BINs registered within a span of months.
///
/// A counter walks a `Permutation` of every (month, serial) pair, so no BIN repeats and
/// nothing needs remembering: a million rows stream out in constant memory. Pools with
/// disjoint serial ranges never share a BIN, whatever their months.
struct UniqueBINs {
    /// A BIN and the month it was registered, for dates that must come after it.
    struct Issued {
        let bin: String
        let registered: CalendarDate
    }

    private let firstMonth: Int
    private let monthCount: Int
    private let serials: Range<Int>
    private let permutation: Permutation
    private var counter = 0

    /// Months are `year * 12 + month - 1`, both ends included.
    init(from start: (year: Int, month: Int), through end: (year: Int, month: Int),
         serials: Range<Int> = 0..<100_000, random: inout SplitMix64) {
        firstMonth = start.year * 12 + start.month - 1
        monthCount = end.year * 12 + end.month - firstMonth
        self.serials = serials
        permutation = Permutation(size: monthCount * serials.count, random: &random)
    }

    mutating func next(kind: BINKind = .resident, unit: BINUnit = .headOffice) -> Issued {
        while true {
            precondition(counter < permutation.size, "the BIN pool is exhausted")
            let slot = permutation(counter)
            counter += 1
            let month = firstMonth + slot % monthCount
            let serial = serials.lowerBound + slot / monthCount
            let (year, monthOfYear) = (month / 12, month % 12 + 1)
            if let bin = Identifiers.bin(year: year, month: monthOfYear, kind: kind, unit: unit, serial: serial) {
                return Issued(bin: bin, registered: CalendarDate(year: year, month: monthOfYear, day: 1))
            }
        }
    }
}
