import Foundation

/// Writes a data set parsed from CSV as a compiled file (the layout is `CompiledFormat`'s).
struct CompiledWriter {
    let data: DataSet
    let key: UInt64
    let progress: BuildProgress?
    /// Rows encoded per task; tasks run on all cores, and each chunk is written once those before it are.
    var chunkRows = 32_768

    func write(to url: URL) throws(CompiledWriteError) {
        let names = data.nameIndex
        let linkIndex = data.links
        let impostors = data.impostors
        progress?.begin(.writing, total: data.sources.reduce(0) { $0 + $1.rowCount })
        let output = try FileOutput(replacing: url)
        let count = 1 + data.sources.count * SectionTag.perSource.count + names.sections.count + linkIndex.table.sections.count + impostors.sections.count
        try output.append([UInt8](repeating: 0, count: CompiledFormat.tableEnd(sections: count)))
        var table: [SectionEntry] = []

        func section(_ tag: SectionTag, source: Int = 0, _ body: () throws(CompiledWriteError) -> UInt64) throws(CompiledWriteError) {
            try output.pad(to: CompiledFormat.alignment)
            let offset = output.position
            let checksum = try body()
            table.append(SectionEntry(tag: tag, source: source, offset: offset, length: output.position - offset, checksum: tag.checkedOnRead ? 0 : checksum))
        }
        func array<T>(_ tag: SectionTag, source: Int = 0, _ values: FlatArray<T>) throws(CompiledWriteError) {
            try section(tag, source: source) { () throws(CompiledWriteError) in
                try output.append(values.rawBytes)
                return tag.checkedOnRead ? 0 : Checksum.of(values.rawBytes)
            }
        }

        let meta = CompiledMeta(built: Date(), folder: data.directory.path, sources: data.sources.map { source in
            CompiledMeta.Source(id: source.summary.id, file: source.summary.file, report: source.report, layout: source.layout)
        })
        let metaBytes = (try? JSONEncoder().encode(meta)).map(Array.init) ?? []
        try section(.meta) { () throws(CompiledWriteError) in
            try output.append(metaBytes)
            return metaBytes.withUnsafeBytes { Checksum.of($0) }
        }
        for (position, source) in data.sources.enumerated() {
            var starts: [UInt64] = []
            try section(.rowBytes, source: position) { () throws(CompiledWriteError) in
                starts = try writeRows(of: source, to: output)
                return 0
            }
            try array(.rowStarts, source: position, FlatArray(starts))
            let packed = source.index.packed
            try array(.ids, source: position, packed)
            let blocks = (packed.count + IdentifierIndex.blockSize - 1) / IdentifierIndex.blockSize
            try array(.idFences, source: position, FlatArray((0 ..< blocks).map { packed[$0 * IdentifierIndex.blockSize] }))
            try array(.idSums, source: position, FlatArray(packed.withUnsafeBufferPointer { all in
                (0 ..< blocks).map { IdentifierIndex.blockSum(all, block: $0) }
            }))
            try array(.idFilter, source: position, source.index.filter)
        }
        for (tag, bytes) in names.sections + linkIndex.table.sections + impostors.sections {
            try section(tag) { () throws(CompiledWriteError) in
                try output.append(bytes)
                return Checksum.of(bytes)
            }
        }
        precondition(table.count == count)

        let tableBytes = CompiledHeader.encode(table)
        try output.overwrite(tableBytes, at: CompiledFormat.headerSize)
        let header = CompiledHeader(sectionCount: count, fileLength: output.position, key: key,
                                    tableChecksum: tableBytes.withUnsafeBytes { Checksum.of($0) })
        try output.overwrite(header.encoded(), at: 0)
        try output.commit()
    }

    /// Streams every row of a CSV source in the compiled form; returns where each starts.
    /// Chunks are encoded on all cores and written in order as each one's turn comes, so that
    /// a core writes while the other encodes.
    private func writeRows(of source: RegistrySource, to output: FileOutput) throws(CompiledWriteError) -> [UInt64] {
        guard case .csv(let rows) = source.store else { preconditionFailure("compiled from CSV only") }
        let (document, columns, records) = (rows.document, rows.columns, rows.records)
        let slots = source.layout.fields.flatMap { columns[$0]! }
        let base = output.position
        let chunks = (records.count + chunkRows - 1) / chunkRows
        var starts: [UInt64] = []
        starts.reserveCapacity(records.count)
        let writing = InTurn(starts)
        document.bytes.withUnsafeBufferPointer { all in
            // Only the turn being taken touches the output.
            nonisolated(unsafe) let (all, output) = (all, output)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var bytes: [UInt8] = []
                var offsets: [Int] = []
                var values = [UnsafeBufferPointer<UInt8>](repeating: UnsafeBufferPointer(start: nil, count: 0), count: slots.count)
                for row in chunk * chunkRows ..< min(records.count, (chunk + 1) * chunkRows) {
                    let record = Int(records[row])
                    for (slot, column) in slots.enumerated() {
                        let range = column < document.fieldCount(ofRecord: record)
                            ? RowReader.trimmed(document.field(column, ofRecord: record).range, in: all) : 0 ..< 0
                        values[slot] = UnsafeBufferPointer(rebasing: all[range])
                    }
                    offsets.append(bytes.count)
                    CompiledRows.append(row: row, line: document.line(ofRecord: record), values: values, to: &bytes)
                }
                writing.take(turn: chunk) { [bytes, offsets] starts throws(CompiledWriteError) in
                    let at = UInt64(output.position - base)
                    starts += offsets.map { at + UInt64($0) }
                    try output.append(bytes)
                    progress?.advance(offsets.count)
                }
            }
        }
        return try writing.result()
    }
}

extension RegistryNames {
    /// Each array of the name index with the section that holds it.
    var sections: [(SectionTag, UnsafeRawBufferPointer)] {
        [(.vocabBytes, index.vocabBytes.rawBytes), (.vocabStart, index.vocabStart.rawBytes),
         (.trigramStart, index.trigramStart.rawBytes), (.trigramWords, index.trigramWords.rawBytes),
         (.postingStart, index.postingStart.rawBytes), (.postings, index.postings.rawBytes),
         (.wordCounts, index.wordCounts.rawBytes), (.orderHashes, index.orderHashes.rawBytes),
         (.ranks, index.ranks.rawBytes), (.nameReferences, references.rawBytes)]
    }
}

extension LinkIndex.Table {
    /// Each array of the link index with the section that holds it.
    var sections: [(SectionTag, UnsafeRawBufferPointer)] {
        [(.linkKeyHashes, keyHashes.rawBytes), (.linkListingStart, listingStart.rawBytes), (.linkRefs, listingRefs.rawBytes),
         (.linkLines, listingLines.rawBytes), (.linkOrdinals, listingOrdinals.rawBytes)]
    }
}

extension ImpostorIndex {
    /// Each array of the impostor relation with the section that holds it.
    var sections: [(SectionTag, UnsafeRawBufferPointer)] {
        [(.impostorRefs, refs.rawBytes), (.impostorsByLicensee, byLicensee.rawBytes)]
    }
}

extension RegistrySource {
    /// The fields its compiled rows hold.
    var layout: RowLayout {
        switch store {
        case .csv(let rows): RowLayout(kind: description.kind, columns: rows.columns)
        case .compiled(let rows): rows.layout
        }
    }
}
