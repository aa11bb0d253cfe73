import FuzzSupport
import TekserCore

// Any query through the name index of the shipped data, whose search tallies on raw buffers
// reused from one search to the next. The same search twice gives the same hits (the scratch
// buffers must come back all zero), every hit names an entry of the index, none twice, and no
// more than `limit` come back.
let index = ShippedBot.data.nameSearchIndex

fuzz { bytes in
    var input = FuzzReader(bytes)
    let limit = input.int(in: 0...9)
    let query = String(decoding: input.rest(), as: UTF8.self)
    let hits = index.search(query, limit: limit)
    precondition(hits.count <= limit, "more hits than the limit")
    precondition(hits.allSatisfy { (0..<index.count).contains($0.entry) }, "a hit outside the index")
    precondition(Set(hits.map(\.entry)).count == hits.count, "an entry found twice")
    precondition(hits.allSatisfy { $0.matchedWords <= $0.queryWords }, "more words matched than asked for")
    precondition(index.search(query, limit: limit) == hits, "the same search found something else the second time")
}
