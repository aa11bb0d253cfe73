import FuzzSupport
import TekserCore

// Any bytes through the CSV reader. The first byte picks the encoding (given or detected) and
// the delimiter (given or detected); every field of every record is then read, as a loader would.
let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

fuzz { bytes in
    var input = FuzzReader(bytes)
    let choice = Int(input.byte())
    let encoding = encodings[choice % encodings.count]
    let delimiter = delimiters[choice / encodings.count % delimiters.count]
    let document = CSVDocument.parse(input.rest(), encoding: encoding, delimiter: delimiter)
    precondition(encoding == nil || document.encoding == encoding, "the given encoding was not used")
    precondition(delimiter == nil || document.delimiter == delimiter, "the given delimiter was not used")
    var previousLine = 0
    for record in 0..<document.recordCount {
        let line = document.line(ofRecord: record)
        precondition(line > previousLine, "record lines do not increase")
        previousLine = line
        let fields = document.fields(ofRecord: record)
        precondition(fields.count == document.fieldCount(ofRecord: record), "field count disagrees")
        for (index, field) in fields.enumerated() {
            precondition(document.field(index, ofRecord: record) == field, "field lookup disagrees")
            precondition(field.range.upperBound <= document.bytes.count, "a field beyond the text")
            let trimmed = document.trimmed(field)
            precondition(field.range.lowerBound <= trimmed.range.lowerBound
                         && trimmed.range.upperBound <= field.range.upperBound, "trimming grew the field")
            _ = document.string(trimmed)
        }
    }
    precondition(document.malformed.allSatisfy { $0.record < max(1, document.recordCount) }, "malformed record out of range")
}
