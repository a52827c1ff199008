import Foundation
import Testing

@testable import MLBook

/// A file's digest is remembered under what `stat` says of it: a file left alone is not read
/// again, and one rewritten in any way, even to the same size and modification time, is.
@Suite struct FileDigestTests {
  private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-digest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A file holding `content` in `folder`, and a digest memo beside it.
  private func library(_ content: String, in folder: URL) throws -> (file: URL, memo: CacheStore) {
    let file = folder.appendingPathComponent("library.so")
    try Data(content.utf8).write(to: file)
    return (file, CacheStore(root: folder.appendingPathComponent("cache"), kind: "digests"))
  }

  @Test func theDigestIsTheContentsAndIsRemembered() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (file, memo) = try library("first version", in: folder)
    // Just written: not remembered yet, since a second write in the same clock tick could keep its times.
    let first = ContentHash.digest(ofFile: file.path, memo: memo)
    #expect(first == ContentHash.of(Data("first version".utf8)))
    #expect(!FileManager.default.fileExists(atPath: memo.directory.path))
    #expect(ContentHash.digest(ofFile: file.path, memo: memo, settledSeconds: 0) == first)
    // One entry, reused: the same answer again without a second one.
    let entries = try FileManager.default.contentsOfDirectory(atPath: memo.directory.path)
    #expect(entries.count == 1)
    #expect(ContentHash.digest(ofFile: file.path, memo: memo, settledSeconds: 0) == first)
    #expect(try FileManager.default.contentsOfDirectory(atPath: memo.directory.path) == entries)
  }

  @Test func aRewrittenFileIsReadAgainEvenWithItsOldSizeAndTime() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (file, memo) = try library("version A", in: folder)
    let before = ContentHash.digest(ofFile: file.path, memo: memo, settledSeconds: 0)
    // Past the coarsest file-time tick (4 ms on a 250 Hz kernel).
    Thread.sleep(forTimeInterval: 0.02)
    var info = stat()
    #expect(stat(file.path, &info) == 0)
    // Same size, then the old modification time put back: only the status-change time tells.
    let handle = try FileHandle(forWritingTo: file)
    try handle.write(contentsOf: Data("version B".utf8))
    try handle.close()
    var times = [info.st_atim, info.st_mtim]
    #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
    let after = ContentHash.digest(ofFile: file.path, memo: memo, settledSeconds: 0)
    #expect(after == ContentHash.of(Data("version B".utf8)))
    #expect(after != before)
  }

  @Test func aMissingFileHasNoDigest() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(ContentHash.digest(ofFile: folder.appendingPathComponent("none").path, memo: nil) == nil)
  }
}
