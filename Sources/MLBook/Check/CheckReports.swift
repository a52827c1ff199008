import Foundation
import Markdown

/// A `swift-run` block that `check` looked at: where it is and which source lines are its
/// (the code fence and its `output` fence), so a diagnostic can be filed under it.
public struct CheckedBlock: Sendable, Hashable, Codable {
  public var path: String
  /// The opening fence's line and column.
  public var line: Int
  public var column: Int
  /// The last line of the block's output fence (or of its code fence when it has none).
  public var lastLine: Int
  /// Position among the lesson's blocks, from 1.
  public var number: Int

  /// `lessons/09-x.md:123`, the test-case name in reports.
  public var name: String { "\(path):\(line)" }

  init(block: ExecutableBlock, path: String) {
    self.path = path
    line = block.code.position.line
    column = block.code.position.column
    number = block.index + 1
    func end(_ fence: CodeBlock) -> Int {
      fence.position.line + fence.literal.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
    }
    lastLine = block.recorded.map(end) ?? end(block.code)
  }
}

/// The blocks a `check` found, in course order (filled in as lessons load, so a report
/// can list them even when the check fails).
public final class CheckedBlocks: @unchecked Sendable {
  private let lock = NSLock()
  private var blocks: [CheckedBlock] = []

  public init() {}

  func record(_ more: [CheckedBlock]) { lock.withLock { blocks += more } }

  public var all: [CheckedBlock] { lock.withLock { blocks } }
}

/// What `check` found, written for other tools: JUnit XML (one test case per block),
/// GitHub Actions workflow commands (annotations on the lesson line), or JSON.
public struct CheckResults: Sendable {
  public var blocks: [CheckedBlock]
  /// Problems that fail the check (with `--strict`, the warnings too, as errors).
  public var errors: [Diagnostic]
  /// Problems that do not fail it.
  public var warnings: [Diagnostic]

  public init(blocks: [CheckedBlock], errors: [Diagnostic], warnings: [Diagnostic]) {
    self.blocks = blocks
    self.errors = errors
    self.warnings = warnings
  }

  /// A test case: a block, or a place outside any block where something went wrong.
  struct Case {
    var path: String
    var line: Int
    var name: String
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
  }

  /// Every block as a case, with the diagnostics that fall inside it; diagnostics outside
  /// every block become cases of their own, named by their `path:line`.
  var cases: [Case] {
    var result = blocks.map { Case(path: $0.path, line: $0.line, name: $0.name) }
    var byPath: [String: [Int]] = [:]
    for (i, block) in blocks.enumerated() { byPath[block.path, default: []].append(i) }
    func caseIndex(for d: Diagnostic) -> Int {
      let inside = byPath[d.path]?.last { blocks[$0].line <= d.line && d.line <= blocks[$0].lastLine }
      if let inside { return inside }
      let name = "\(d.path):\(d.line)"
      if let existing = result.firstIndex(where: { $0.name == name }) { return existing }
      result.append(Case(path: d.path, line: d.line, name: name))
      return result.count - 1
    }
    for d in errors { result[caseIndex(for: d)].errors.append(d) }
    for d in warnings { result[caseIndex(for: d)].warnings.append(d) }
    return result
  }

  // MARK: JUnit

  /// JUnit XML as Jenkins, GitLab and GitHub test reporters read it: a `<testsuites>`
  /// with one `<testsuite>` per lesson and one `<testcase>` per block; a failing block
  /// carries `<failure>` with the diagnostic and its diff, warnings go to `<system-out>`.
  /// No timestamps or durations, so the same check writes the same file.
  public func junit() -> String {
    let grouped = Dictionary(grouping: cases, by: \.path)
    let paths = Array(Set(cases.map(\.path))).sorted()
    let failures = cases.filter { !$0.errors.isEmpty }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"mlbook check\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
    for path in paths {
      let suite = grouped[path]!.sorted { $0.line < $1.line }
      let suiteFailures = suite.filter { !$0.errors.isEmpty }.count
      xml +=
        "  <testsuite name=\"\(Self.xml(path))\" tests=\"\(suite.count)\" failures=\"\(suiteFailures)\" errors=\"0\" skipped=\"0\">\n"
      for c in suite {
        xml +=
          "    <testcase classname=\"\(Self.xml(path))\" name=\"\(Self.xml(c.name))\" file=\"\(Self.xml(path))\" line=\"\(c.line)\""
        if c.errors.isEmpty && c.warnings.isEmpty {
          xml += "/>\n"
          continue
        }
        xml += ">\n"
        if let first = c.errors.first {
          let body = c.errors.map(\.description).joined(separator: "\n")
          xml += "      <failure message=\"\(Self.xml(first.message))\" type=\"error\">\(Self.xml(body))</failure>\n"
        }
        if !c.warnings.isEmpty {
          xml += "      <system-out>\(Self.xml(c.warnings.map(\.description).joined(separator: "\n")))</system-out>\n"
        }
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  /// Text escaped for XML content and attributes; characters XML 1.0 cannot hold at all
  /// (control characters other than tab and newline, as in terminal colour codes) become U+FFFD.
  static func xml(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case "\r": out += "&#13;"
      default:
        let v = scalar.value
        let allowed = (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
        out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
      }
    }
    return out
  }

  // MARK: GitHub Actions

  /// One `::error file=…,line=…,col=…,title=…::message` (or `::warning`) workflow command
  /// per diagnostic, so GitHub shows each problem on its lesson line in a pull request.
  /// The message carries the diagnostic's detail (a diff) on further lines, escaped as
  /// GitHub requires (`%0A` for a newline).
  public func github() -> String {
    var out = ""
    for d in errors + warnings {
      let kind = d.severity == .warning ? "warning" : "error"
      let body = [d.message, d.shownDetail].compactMap { $0 }.joined(separator: "\n")
      out +=
        "::\(kind) file=\(Self.property(d.path)),line=\(d.line),col=\(d.column),title=\(Self.property("mlbook check"))::\(Self.data(body))\n"
    }
    return out
  }

  /// GitHub's escaping of a command's message.
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// GitHub's escaping of a command's property value.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }

  // MARK: JSON

  private struct JSONReport: Codable {
    struct Block: Codable {
      var file: String
      var line: Int
      var name: String
      var status: String
      var diagnostics: [Diagnostic]
    }
    var passed: Bool
    var blocks: [Block]
    var errors: [Diagnostic]
    var warnings: [Diagnostic]
  }

  /// The results as JSON: `passed`, every case with its status (`passed`, `failed`) and
  /// diagnostics, and all errors and warnings (path, line, column, severity, message, detail).
  public func json() -> String {
    let report = JSONReport(
      passed: errors.isEmpty,
      blocks: cases.map { c in
        .init(
          file: c.path, line: c.line, name: c.name, status: c.errors.isEmpty ? "passed" : "failed",
          diagnostics: c.errors + c.warnings)
      },
      errors: errors, warnings: warnings)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
