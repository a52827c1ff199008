import Crypto
import Foundation

/// SHA-256 over a sequence of labelled parts, as a hex string: the keys and
/// checksums of the build cache.
struct ContentHash {
  private var hasher = SHA256()

  init(_ domain: String) {
    add(domain)
  }

  /// Adds a part; parts are length-prefixed, so `("ab", "c")` and `("a", "bc")` differ.
  mutating func add(_ text: String) {
    add(Data(text.utf8))
  }

  mutating func add(_ data: Data) {
    var length = UInt64(data.count).littleEndian
    withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
    hasher.update(data: data)
  }

  mutating func add(_ number: Int) {
    add(String(number))
  }

  var hex: String {
    hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  static func of(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  /// A file's identity without reading it: path, size, modification time (ns).
  static func identity(ofFile path: String) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else { return "missing:\(path)" }
    return "\(path):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// The SHA-256 of a file's content, remembered in `memo` under what `stat` says of the file
  /// (path, device, inode, size, modification and status-change times in ns), as Git's index
  /// and ccache do: a file rewritten or replaced in any way is read again, one left alone is
  /// not read at all. `nil` when the file cannot be read.
  static func digest(ofFile path: String, memo: CacheStore?) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    var key = ContentHash("mlbook-file-digest-v1")
    key.add(path)
    for part in [
      UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size), UInt64(info.st_mtim.tv_sec),
      UInt64(info.st_mtim.tv_nsec), UInt64(info.st_ctim.tv_sec), UInt64(info.st_ctim.tv_nsec),
    ] {
      key.add(String(part))
    }
    if let remembered = memo?.load(key.hex) { return String(decoding: remembered, as: UTF8.self) }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) else { return nil }
    let digest = of(data)
    memo?.store(key.hex, Data(digest.utf8))
    return digest
  }
}
