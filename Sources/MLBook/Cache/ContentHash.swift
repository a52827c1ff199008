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
  ///
  /// File times tick in steps (a few ms on some kernels), so a file changed less than
  /// `settledSeconds` ago is not remembered: a second write within the same tick would keep
  /// its times (Git's "racily clean" entries).
  static func digest(ofFile path: String, memo: CacheStore?, settledSeconds: Double = 2) -> String? {
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
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    func seconds(_ t: timespec) -> Double { Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9 }
    if seconds(now) - max(seconds(info.st_mtim), seconds(info.st_ctim)) >= settledSeconds {
      memo?.store(key.hex, Data(digest.utf8))
    }
    return digest
  }
}
