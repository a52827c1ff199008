import Foundation
import XCTest

/// The committed site in a real browser (Debian's headless Chromium), from `file://`:
/// every page loads without console errors; math, figures and search work.
final class BrowserTests: XCTestCase {
  private struct Page {
    var dom: String
    var console: [String]
  }

  private static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Loads `url`, lets its scripts run, and returns the resulting DOM and the console messages.
  private func load(_ url: String) throws -> Page {
    guard let chromium = Self.chromium else {
      XCTFail("Chromium is not installed (scripts/install-packages installs it)")
      return Page(dom: "", console: [])
    }
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
      "--virtual-time-budget=5000", "--dump-dom", url,
    ]
    let out = profile.appendingPathExtension("out")
    let err = profile.appendingPathExtension("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let log = try String(contentsOf: err, encoding: .utf8)
    let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE(") }.map(String.init)
    return Page(dom: try String(contentsOf: out, encoding: .utf8), console: console)
  }

  private var site: URL { Repository.url("site") }

  func testEveryPageLoadsWithoutConsoleErrors() throws {
    let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }.sorted()
    XCTAssertEqual(pages.count, 13, "index and twelve parts")
    for name in pages {
      let page = try load(site.appendingPathComponent(name).absoluteString)
      XCTAssertTrue(page.dom.contains("</main>"), "\(name) rendered")
      let problems = page.console.filter {
        $0.contains("Uncaught") || $0.contains("Error") || $0.contains("Failed to load") || $0.contains("ERR_")
      }
      XCTAssertEqual(problems, [], "\(name) logged errors")
      XCTAssertTrue(page.dom.contains("id=\"search-input\""), "\(name) has the search box")
    }
  }

  func testChapterShowsMathFiguresAndCopyButtons() throws {
    let page = try load(site.appendingPathComponent("09-ml-specific-math.html").absoluteString)
    XCTAssertTrue(page.dom.contains("<math"), "MathML")
    XCTAssertTrue(page.dom.contains("<annotation encoding=\"application/x-tex\">"))
    XCTAssertGreaterThanOrEqual(page.dom.components(separatedBy: "<figure class=\"plot").count - 1, 3)
    XCTAssertTrue(page.dom.contains("class=\"copy-button\""), "the script added copy buttons")
  }

  func testSearchFindsTheChapterAWordIsIn() throws {
    // "Huber" appears in Part 9 only.
    let page = try load(site.appendingPathComponent("index.html").absoluteString + "?q=Huber")
    guard let start = page.dom.range(of: "id=\"search-results\"") else { return XCTFail("no results list") }
    let after = page.dom[start.upperBound...]
    let results = after[..<(after.range(of: "</ol>")?.lowerBound ?? after.endIndex)]
    XCTAssertTrue(results.contains("href=\"09-ml-specific-math.html"), String(results))
    XCTAssertFalse(results.contains("href=\"04-probability-fundamentals.html"), String(results))
  }
}
