import Foundation
import XCTest

/// Results filled in by concurrent audits.
private final class Audits: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [[String: AccessibilityTests.ThemeResult]]

  init(count: Int) { storage = Array(repeating: [:], count: count) }

  func set(_ index: Int, _ value: [String: AccessibilityTests.ThemeResult]) {
    lock.withLock { storage[index] = value }
  }

  var results: [[String: AccessibilityTests.ThemeResult]] { lock.withLock { storage } }
}

/// axe-core's WCAG 2.1 A and AA rules on every page of the built course, in the light and
/// the dark theme, in headless Chromium: no violation.
///
/// Each page is copied beside the site's assets with axe and a small runner added; the
/// runner audits the page once the page's own scripts have run, switches the theme, audits
/// again, and writes both results into the page, which `--dump-dom` hands back.
final class AccessibilityTests: XCTestCase {
  /// Where scripts/install-packages puts axe.min.js (from the PyPI wheel axe-playwright-python).
  private static var axe: URL? {
    let path = ProcessInfo.processInfo.environment["MLBOOK_AXE"] ?? "/usr/local/share/mlbook/axe-4.12.1.min.js"
    return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
  }

  private static let runner = """
    <script>
    window.addEventListener("load", function () {
      var rules = {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"]};
      var results = {};
      function summary(r) {
        return {passes: r.passes.length, violations: r.violations.map(function (v) {
          return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) {
            return {target: n.target.join(" "), html: n.html.slice(0, 160)};
          })};
        })};
      }
      function audit(theme, next) {
        document.documentElement.dataset.theme = theme;
        setTimeout(function () {
          results[theme] = {background: getComputedStyle(document.body).backgroundColor};
          axe.run(document, rules).then(function (r) { Object.assign(results[theme], summary(r)); next(); },
            function (e) { results[theme].error = String(e); next(); });
        }, 300);
      }
      function emit() {
        var pre = document.createElement("pre");
        pre.id = "axe-result";
        pre.textContent = JSON.stringify(results);
        document.body.appendChild(pre);
      }
      if (!window.axe) { results.error = "axe.min.js did not load"; emit(); return; }
      audit("light", function () { audit("dark", emit); });
    });
    </script>
    """

  struct ThemeResult: Decodable {
    struct Violation: Decodable {
      struct Node: Decodable {
        var target: String
        var html: String
      }
      var id: String
      var impact: String?
      var help: String
      var nodes: [Node]
    }
    var background: String
    var passes: Int?
    var violations: [Violation]?
    var error: String?
  }

  private static func audit(_ page: URL, in folder: URL) throws -> [String: ThemeResult] {
    var html = try String(contentsOf: page, encoding: .utf8)
    guard let end = html.range(of: "</body>", options: .backwards) else { return [:] }
    html.replaceSubrange(end, with: "<script src=\"axe.min.js\"></script>\n" + Self.runner + "</body>")
    let copy = folder.appendingPathComponent("audit-" + page.lastPathComponent)
    try Data(html.utf8).write(to: copy)
    let profile = folder.appendingPathComponent("profile-" + page.lastPathComponent)
    let output = folder.appendingPathComponent("dom-" + page.lastPathComponent)
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
      "--window-size=1280,900", "--user-data-dir=\(profile.path)", "--virtual-time-budget=60000", "--dump-dom",
      copy.absoluteString,
    ]
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let dom = try String(contentsOf: output, encoding: .utf8)
    guard let start = dom.range(of: "<pre id=\"axe-result\">"),
      let stop = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { return [:] }
    let json = String(dom[start.upperBound..<stop.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode([String: ThemeResult].self, from: Data(json.utf8))
  }

  func testEveryPageHasNoWCAGViolationInEitherTheme() throws {
    guard let axe = Self.axe else {
      XCTFail("axe.min.js is not installed (scripts/install-packages puts it in /usr/local/share/mlbook)")
      return
    }
    let site = Repository.url("site")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-axe-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: site.appendingPathComponent("assets"), to: folder.appendingPathComponent("assets"))
    try FileManager.default.copyItem(at: axe, to: folder.appendingPathComponent("axe.min.js"))
    let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }.sorted()
    XCTAssertEqual(pages.count, 13, "the index and twelve parts")
    // The audit finds what it should: a page with an unlabelled image and faint text fails it.
    let broken = folder.appendingPathComponent("broken.html")
    try Data(
      "<!DOCTYPE html><html lang=\"en\"><head><title>Broken</title></head><body><main><img src=\"x.png\"><p style=\"color:#bbb;background:#fff\">faint</p></main></body></html>"
        .utf8
    ).write(to: broken)
    let found = try Self.audit(broken, in: folder)["light"]?.violations?.map(\.id) ?? []
    XCTAssertTrue(found.contains("image-alt") && found.contains("color-contrast"), "\(found)")

    // Two pages at a time (one per core): a page takes Chromium several seconds.
    let audits = Audits(count: pages.count)
    DispatchQueue.concurrentPerform(iterations: pages.count) { i in
      audits.set(i, (try? Self.audit(site.appendingPathComponent(pages[i]), in: folder)) ?? [:])
    }
    for (name, results) in zip(pages, audits.results) {
      for theme in ["light", "dark"] {
        guard let result = results[theme] else {
          XCTFail("\(name) \(theme): no result")
          continue
        }
        XCTAssertNil(result.error, "\(name) \(theme)")
        XCTAssertGreaterThan(result.passes ?? 0, 15, "\(name) \(theme): axe really ran its rules")
        let violations = (result.violations ?? []).map { v in
          "\(v.id) (\(v.impact ?? "?")): \(v.help) — "
            + v.nodes.map { "\($0.target): \($0.html)" }.joined(separator: " | ")
        }
        XCTAssertEqual(violations, [], "\(name) \(theme)")
      }
      // The themes really differ: the dark page is dark.
      XCTAssertNotEqual(results["light"]?.background, results["dark"]?.background, name)
    }
  }
}
