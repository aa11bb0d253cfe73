import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// A file the system refuses is explained in the user's language: the system's cause, put in
/// the catalog's words, never the system's English unless Tekser has no words for it.
@Suite struct FileFailureTests {
    let catalog = try! Catalog.bundled()

    /// A scratch folder holding a regular file, under which no path can be made (`ENOTDIR`, even for root).
    struct Scratch {
        let scratch: ScratchFolder
        var folder: URL { scratch.url }
        var file: URL { scratch.appending("a-file") }

        init() throws {
            scratch = try ScratchFolder("file-failure")
            try Data("x".utf8).write(to: file)
        }

        func remove() { scratch.remove() }
    }

    @Test(arguments: [(EACCES, FileFailure.permissionDenied), (EPERM, .permissionDenied), (ENOSPC, .noSpace), (EDQUOT, .noSpace),
                      (EROFS, .readOnly), (ENOENT, .noSuchFile), (EISDIR, .isFolder), (ENOTDIR, .notFolder), (EIO, .inputOutput),
                      (EMFILE, .tooManyOpen), (ENAMETOOLONG, .nameTooLong)])
    func systemCodesHaveWordsOfTheirOwn(code: Int32, failure: FileFailure) {
        #expect(FileFailure(code: code) == failure)
    }

    @Test func aCodeWithoutWordsIsQuotedAsTheSystemSaysIt() {
        let failure = FileFailure(code: EXDEV)
        #expect(failure == .other(String(cString: strerror(EXDEV))))
        #expect(catalog.text(failure, in: .ru) == "система сообщает: " + String(cString: strerror(EXDEV)))
    }

    @Test func everyFailureIsWordedInEveryLanguage() {
        let all: [FileFailure] = [.permissionDenied, .noSpace, .readOnly, .noSuchFile, .isFolder, .notFolder, .inputOutput,
                                  .tooManyOpen, .nameTooLong, .notText, .noWritableFolder, .wrongSize(bytes: 3, expected: 32), .other("x")]
        for failure in all {
            let texts = Language.allCases.map { catalog.text(failure, in: $0) }
            #expect(Set(texts).count == 3, "\(failure): \(texts)")
            #expect(texts.allSatisfy { !$0.contains("⟦") })
        }
        #expect(catalog.text(FileFailure.wrongSize(bytes: 3, expected: 32), in: .ru) == "3 байта вместо 32")
        #expect(catalog.text(FileFailure.wrongSize(bytes: 5, expected: 32), in: .ru) == "5 байт вместо 32")
    }

    @Test func foundationErrorsAreReadForTheSystemsCause() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let underFile = scratch.file.appendingPathComponent("folder")
        let made = #expect(throws: (any Error).self) { try FileManager.default.createDirectory(at: underFile, withIntermediateDirectories: true) }
        #expect(made.map(FileFailure.init) == .notFolder)
        let missing = scratch.folder.appendingPathComponent("no-such-folder/file")
        let written = #expect(throws: (any Error).self) { try Data("x".utf8).write(to: missing) }
        #expect(written.map(FileFailure.init) == .noSuchFile)
        let read = #expect(throws: (any Error).self) { try String(contentsOf: missing, encoding: .utf8) }
        #expect(read.map(FileFailure.init) == .noSuchFile)
        let folderRead = #expect(throws: (any Error).self) { try Data(contentsOf: scratch.folder) }
        #expect(folderRead.map(FileFailure.init) == .isFolder, "Foundation says only “error 256”")
        let latin1 = scratch.folder.appendingPathComponent("latin1.txt")
        try Data([0x63, 0x61, 0x66, 0xE9]).write(to: latin1)
        let notText = #expect(throws: (any Error).self) { try String(contentsOf: latin1, encoding: .utf8) }
        #expect(notText.map(FileFailure.init) == .notText)
    }

    @Test func aProbeSaysWhyAPathCannotBeWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(FileFailure.probe(writing: scratch.file.path) == nil)
        #expect(FileFailure.probe(writing: scratch.folder.appendingPathComponent("new-file").path) == nil, "its folder takes a new file")
        #expect(FileFailure.probe(writing: scratch.folder.path) == .isFolder)
        #expect(FileFailure.probe(writing: scratch.file.appendingPathComponent("x").path) == .notFolder)
        #expect(FileFailure.probe(writing: scratch.folder.appendingPathComponent("gone/x").path) == .noSuchFile)
    }

    @Test func aCompiledFileThatCannotBeWrittenSaysWhyInKazakh() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let error = #expect(throws: CompiledWriteError.self) {
            _ = try FileOutput(replacing: scratch.file.appendingPathComponent("data.tekser"))
        }
        #expect(error == .cannotWrite(path: scratch.file.appendingPathComponent("data.tekser").path, reason: .notFolder))
        let kazakh = try #require(error.map { catalog.text($0, in: .kk) })
        #expect(kazakh.contains("(жолдың бір бөлігі қалта емес, файл)") && !kazakh.contains("directory"), "\(kazakh)")
    }
}
