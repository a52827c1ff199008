import Foundation

/// A folder of checksummed entries (`.mlbook-cache/<kind>/<key>`).
///
/// Each entry is written to a temporary file and renamed into place, and it
/// starts with the SHA-256 of its payload: a truncated or corrupted entry is
/// detected on read and treated as missing, so it is recomputed.
///
/// A store made with `reads: false` (`--no-cache`) finds nothing but still records what
/// is computed, so the next run can reuse it.
struct CacheStore {
  let directory: URL
  /// Whether `load` looks at entries at all.
  let reads: Bool

  init(root: URL, kind: String, reads: Bool = true) {
    directory = root.appendingPathComponent(kind, isDirectory: true)
    self.reads = reads
  }

  func load(_ key: String) -> Data? {
    guard reads else { return nil }
    guard let data = try? Data(contentsOf: directory.appendingPathComponent(key)),
      let newline = data.firstIndex(of: UInt8(ascii: "\n"))
    else { return nil }
    let checksum = String(decoding: data[..<newline], as: UTF8.self)
    let payload = data[(newline + 1)...]
    guard ContentHash.of(Data(payload)) == checksum else { return nil }
    return Data(payload)
  }

  /// Whether an entry is there to load (without reading or checking it).
  func contains(_ key: String) -> Bool {
    reads && FileManager.default.fileExists(atPath: directory.appendingPathComponent(key).path)
  }

  func store(_ key: String, _ payload: Data) {
    let fm = FileManager.default
    do {
      try fm.createDirectory(at: directory, withIntermediateDirectories: true)
      let temporary = directory.appendingPathComponent(".\(key).\(getpid()).\(UUID().uuidString)")
      var data = Data((ContentHash.of(payload) + "\n").utf8)
      data.append(payload)
      try data.write(to: temporary)
      if rename(temporary.path, directory.appendingPathComponent(key).path) != 0 {
        try? fm.removeItem(at: temporary)
      }
    } catch {
      // The cache is an optimisation: failing to write it never fails a build.
    }
  }

  func loadJSON<T: Decodable>(_ type: T.Type, _ key: String) -> T? {
    load(key).flatMap { try? JSONDecoder().decode(T.self, from: $0) }
  }

  func storeJSON<T: Encodable>(_ key: String, _ value: T) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    if let data = try? encoder.encode(value) { store(key, data) }
  }
}
