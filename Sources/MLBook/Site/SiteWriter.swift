import CSystem
import Foundation

/// Writes a whole site at once: into a fresh folder beside the target, then
/// swapped into place, so a failed or interrupted build never leaves a
/// half-written site.
enum SiteWriter {
  /// The files of a site, by path relative to its root.
  typealias Files = [String: Data]

  static func write(_ files: Files, to out: URL) throws {
    let fm = FileManager.default
    let parent = out.deletingLastPathComponent()
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    removeAbandoned(near: out)
    let staging = parent.appendingPathComponent(".\(out.lastPathComponent).tmp-\(getpid())")
    try? fm.removeItem(at: staging)
    Interruption.registerTemporary(staging.path)
    defer { Interruption.unregisterTemporary(staging.path) }
    do {
      try materialize(files, in: staging)
      let old = parent.appendingPathComponent(".\(out.lastPathComponent).old-\(getpid())")
      if fm.fileExists(atPath: out.path), mlbook_exchange_paths(staging.path, out.path) == 0 {
        // One atomic step: readers see the old site or the new one, never neither.
        try? fm.removeItem(at: staging)
      } else if fm.fileExists(atPath: out.path) {
        try fm.moveItem(at: out, to: old)
        do {
          try fm.moveItem(at: staging, to: out)
        } catch {
          try? fm.moveItem(at: old, to: out)
          throw error
        }
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: staging, to: out)
      }
    } catch {
      try? fm.removeItem(at: staging)
      throw error
    }
  }

  /// Staging folders left by builds that were killed (their process is gone).
  private static func removeAbandoned(near out: URL) {
    let parent = out.deletingLastPathComponent()
    let prefixes = [".\(out.lastPathComponent).tmp-", ".\(out.lastPathComponent).old-"]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
      guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), let pid = Int32(name.dropFirst(prefix.count)),
        pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }

  static func materialize(_ files: Files, in root: URL) throws {
    let fm = FileManager.default
    try fm.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, data) in files.sorted(by: { $0.key < $1.key }) {
      let url = root.appendingPathComponent(path)
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
  }

  /// The regular files under `dir`, relative to it.
  static func listFiles(in dir: URL) -> [String] {
    var paths: [String] = []
    guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else {
      return []
    }
    let base = dir.standardizedFileURL.path
    for case let url as URL in walker {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      paths.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
    }
    return paths
  }

  /// The paths whose contents differ between `files` and the folder `out`
  /// (missing, extra or changed), sorted.
  static func differences(_ files: Files, in out: URL) -> [String] {
    var differing = Set(listFiles(in: out)).subtracting(files.keys)
    for (path, data) in files {
      if (try? Data(contentsOf: out.appendingPathComponent(path))) != data { differing.insert(path) }
    }
    return differing.sorted()
  }
}
