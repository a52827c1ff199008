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
}
