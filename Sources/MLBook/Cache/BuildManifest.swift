import Foundation

/// Remembers what the last successful build read and wrote, so that a build
/// with nothing changed only hashes its inputs and stats its outputs.
struct BuildManifest {
  let store: CacheStore
  let out: URL

  private struct Entry: Codable {
    var inputs: String
    /// Site-relative path → size and modification time after writing.
    var files: [String: String]
  }

  private var key: String {
    var hash = ContentHash("mlbook-manifest-v1")
    hash.add(out.standardizedFileURL.path)
    return hash.hex
  }

  /// A digest of everything a build reads: lessons, settings, templates, the
  /// mlbook executable and its resources, and the MLMath build. `nil` when a
  /// lesson reads data files (those are checked by the full build).
  func inputDigest(root: URL, editions: Set<Edition> = []) -> String? {
    let fm = FileManager.default
    var hash = ContentHash("mlbook-inputs-v2")
    hash.add(editions.map(\.rawValue).sorted().joined(separator: " "))
    let executable = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    hash.add(ContentHash.identity(ofFile: executable))
    let products = URL(fileURLWithPath: executable).deletingLastPathComponent()
    hash.add(ContentHash.identity(ofFile: products.appendingPathComponent("libMLMathRuntime.so").path))
    hash.add(ProcessInfo.processInfo.environment["MLBOOK_MLMATH_DIR"] ?? "")
    for dir in [Templates.defaultsDirectory, root.appendingPathComponent("templates")].compactMap({ $0 }) {
      for name in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() {
        hash.add(name)
        hash.add((try? Data(contentsOf: dir.appendingPathComponent(name))) ?? Data())
      }
    }
    hash.add((try? Data(contentsOf: root.appendingPathComponent("mlbook.yml"))) ?? Data("none".utf8))
    // The bibliography the config names is an input like a lesson.
    for file in Course.configuredInputs(root: root) {
      hash.add(file.path)
      hash.add((try? Data(contentsOf: file)) ?? Data("missing".utf8))
    }
    let lessons = root.appendingPathComponent("lessons")
    guard let walker = fm.enumerator(at: lessons, includingPropertiesForKeys: [.isRegularFileKey]) else { return nil }
    var paths: [String] = []
    for case let url as URL in walker
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      paths.append(url.path)
    }
    for path in paths.sorted() {
      guard let data = fm.contents(atPath: path) else { return nil }
      if path.hasSuffix(".md"), Self.declaresData(data) { return nil }
      hash.add(String(path.dropFirst(lessons.path.count)))
      hash.add(data)
    }
    return hash.hex
  }

  /// Whether the front matter has a `data:` key.
  private static func declaresData(_ data: Data) -> Bool {
    let head = FileLines.normalize(String(decoding: data.prefix(4096), as: UTF8.self))
    guard head.hasPrefix("---") else { return false }
    let frontMatter = head.split(separator: "\n").dropFirst().prefix { !$0.hasPrefix("---") }
    return frontMatter.contains { $0.hasPrefix("data:") }
  }

  func isCurrent(inputs: String) -> Bool {
    guard let entry = store.loadJSON(Entry.self, key), entry.inputs == inputs else { return false }
    let onDisk = Set(SiteWriter.listFiles(in: out))
    guard onDisk == Set(entry.files.keys) else { return false }
    return entry.files.allSatisfy { path, identity in
      ContentHash.identity(ofFile: out.appendingPathComponent(path).path) == identity
    }
  }

  func record(inputs: String, files: SiteWriter.Files) {
    var identities: [String: String] = [:]
    for path in files.keys { identities[path] = ContentHash.identity(ofFile: out.appendingPathComponent(path).path) }
    store.storeJSON(key, Entry(inputs: inputs, files: identities))
  }
}
