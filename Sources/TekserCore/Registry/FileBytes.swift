import Foundation

/// Reads a whole file straight into one byte array: no intermediate `Data`, so a large
/// registry is in memory once, not twice, while it is parsed.
enum FileBytes {
    static func read(_ url: URL) -> [UInt8]? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            failed = done != size
            count = done
        }
        return failed ? nil : bytes
    }
}
