import Foundation

/// Prints HTML documents to PDF with headless Chromium (`--print-to-pdf`), with the
/// document outline (bookmarks from the headings) and a tagged, accessible structure.
///
/// The documents are written beside a copy of the site's assets, so their styles and
/// the math font load offline. Chromium stamps the time into the PDF's information
/// dictionary; it is replaced by a fixed date of the same length, so the same input
/// prints to the same bytes.
struct PDFPrinter {
  let chromium: URL

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Chromium from `MLBOOK_CHROMIUM`, else the first of the usual names on `PATH`.
  static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
    if let chosen = environment["MLBOOK_CHROMIUM"], !chosen.isEmpty {
      return FileManager.default.isExecutableFile(atPath: chosen) ? URL(fileURLWithPath: chosen) : nil
    }
    let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for folder in folders {
        let path = folder + "/" + name
        if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
      }
    }
    return nil
  }

  /// What the printed bytes depend on besides the documents: the browser's build.
  var identity: String {
    ContentHash.identity(ofFile: chromium.resolvingSymlinksInPath().path)
  }

  /// Prints each document (`name → HTML`) and returns `name → PDF`. `resources` are the
  /// site's files the documents may load (`assets/style.css`, a lesson's images), placed beside them.
  func print(_ documents: [String: String], resources: [String: Data]) throws -> [String: Data] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-print-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      for (name, data) in resources {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
      }
      // Flat beside `assets/`, whatever folder each PDF goes to, so `assets/style.css` resolves.
      for (name, html) in documents {
        try Data(html.utf8).write(to: folder.appendingPathComponent(Self.flat(name) + ".html"))
      }
    } catch {
      throw Failure(description: "cannot prepare the documents to print: \(ErrorText.reason(error))")
    }
    var printed: [String: Data] = [:]
    for name in documents.keys.sorted() {
      printed[name] = try Self.agreedPrint(of: name) {
        let output = folder.appendingPathComponent(Self.flat(name) + ".pdf")
        try? FileManager.default.removeItem(at: output)
        try run(
          folder.appendingPathComponent(Self.flat(name) + ".html"), to: output,
          profile: folder.appendingPathComponent("profile"))
        guard let pdf = try? Data(contentsOf: output), pdf.starts(with: Array("%PDF".utf8)) else {
          throw Failure(description: "Chromium printed no PDF for \(name)")
        }
        return Self.withStableIDs(Self.withFixedDates(pdf))
      }
    }
    return printed
  }

  /// The bytes two printings of a document agree on. Chromium's layout is not always the
  /// same from run to run: about one document in a hundred comes out with a styled run of
  /// text a fraction of a pixel off its baseline. So each document is printed until one
  /// result has come out twice (two printings when nothing varies), at most `attempts` times.
  static func agreedPrint(of name: String, attempts: Int = 5, _ printOnce: () throws -> Data) throws -> Data {
    var seen: [Data] = []
    for _ in 0..<attempts {
      let pdf = try printOnce()
      if seen.contains(pdf) { return pdf }
      seen.append(pdf)
    }
    throw Failure(
      description:
        "Chromium printed \(name) differently each of \(attempts) times, so its PDF would not be reproducible")
  }

  private func run(_ document: URL, to output: URL, profile: URL) throws {
    let process = Process()
    process.executableURL = chromium
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--generate-pdf-document-outline",
      "--export-tagged-pdf", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
      "--print-to-pdf=\(output.path)", document.absoluteString,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Failure(description: "cannot start Chromium (\(chromium.path)): \(ErrorText.reason(error))")
    }
    // A wedged browser must not hang the build.
    let deadline = Date().addingTimeInterval(300)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        throw Failure(description: "Chromium took more than 300 s to print \(document.lastPathComponent)")
      }
      usleep(20_000)
    }
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "Chromium failed (status \(process.terminationStatus)) printing \(document.lastPathComponent)")
    }
  }

  private static func flat(_ name: String) -> String {
    name.replacingOccurrences(of: "/", with: "--")
  }

  /// The tagged structure names table header cells by DOM node (`/ID (node00000866)`, with
  /// `/Headers` pointing at them), and those numbers change from run to run. They are renumbered
  /// in order of first appearance, same width, so offsets and references stay as they were.
  static func withStableIDs(_ pdf: Data) -> Data {
    var bytes = [UInt8](pdf)
    let prefix = Array("(node".utf8)
    var numbers: [[UInt8]: Int] = [:]
    var i = 0
    while i + prefix.count < bytes.count {
      guard bytes[i] == prefix[0], bytes[i..<(i + prefix.count)].elementsEqual(prefix) else {
        i += 1
        continue
      }
      let start = i + prefix.count
      var end = start
      while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
      guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: ")") else {
        i = start
        continue
      }
      // A copy, not a slice: a slice would keep the whole buffer alive and make each edit copy it.
      let old = Array(bytes[start..<end])
      let number = numbers[old] ?? numbers.count + 1
      numbers[old] = number
      let digits = Array(String(number).utf8)
      if digits.count <= old.count {
        bytes.replaceSubrange(
          start..<end, with: Array(repeating: UInt8(ascii: "0"), count: old.count - digits.count) + digits)
      }
      i = end
    }
    return Data(bytes)
  }

  /// `/CreationDate (D:20261204160246+00'00')` and `/ModDate` set to 2000-01-01, same length.
  static func withFixedDates(_ pdf: Data) -> Data {
    var bytes = [UInt8](pdf)
    let fixed = Array("D:20000101000000+00'00'".utf8)
    for key in ["/CreationDate (", "/ModDate ("] {
      let pattern = Array(key.utf8)
      var i = 0
      while i + pattern.count + fixed.count <= bytes.count {
        if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
          let start = i + pattern.count
          if bytes[start] == UInt8(ascii: "D"), bytes[start + fixed.count] == UInt8(ascii: ")") {
            bytes.replaceSubrange(start..<(start + fixed.count), with: fixed)
          }
          i = start
        } else {
          i += 1
        }
      }
    }
    return Data(bytes)
  }
}
