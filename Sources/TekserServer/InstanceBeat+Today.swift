import TekserCore

extension InstanceBeat {
    /// The checks the beat counted on `day`: none when its count is of another day (a kiosk
    /// stopped yesterday still shows yesterday's beat), so "checks today" means today.
    public func checks(on day: CalendarDate) -> Int {
        checksDay == day.description ? checks.values.reduce(0, +) : 0
    }
}
