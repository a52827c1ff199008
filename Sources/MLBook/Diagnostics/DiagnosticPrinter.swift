import Foundation

/// Prints diagnostics as compilers do: `path:line:col: severity: message`, then the source
/// line with a caret under the column, then the detail (a diff, compiler context).
///
/// ```
/// lessons/09-ml.md:42:13: error: cannot find 'yHat' in scope
///    42 | let loss = mse(yHat, y)
///       |                ^
/// ```
///
/// Colour (bold path, red errors, magenta warnings, green caret) only where it helps:
/// `--color auto` (the default) colours a terminal and nothing else, and an `NO_COLOR`
/// environment variable (no-color.org) turns it off; `--color always|never` overrides both.
public final class DiagnosticPrinter: @unchecked Sendable {
  public enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never
  }

  public let colors: Bool
  private let lock = NSLock()
  private var files: [String: [Substring]?] = [:]

  public init(colors: Bool) {
    self.colors = colors
  }

  /// Colours for `mode`, given whether standard error is a terminal and the environment.
  public convenience init(
    mode: ColorMode, isTerminal: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    switch mode {
    case .always: self.init(colors: true)
    case .never: self.init(colors: false)
    case .auto:
      let disabled = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
      self.init(colors: isTerminal && !disabled)
    }
  }

  /// `diagnostic` with its source line and caret (when the file and line exist and the
  /// detail does not already point into the text with a caret of its own).
  public func format(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity.rawValue
    let severityColor = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "35" : "36"
    var text =
      paint("1", "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column):") + " "
      + paint("1;\(severityColor)", "\(severity):") + " " + paint("1", diagnostic.message)
    let detail = diagnostic.shownDetail
    if !(detail.map(Self.hasCaretLine) ?? false), let snippet = snippet(diagnostic) {
      text += "\n" + snippet
    }
    if let detail { text += "\n" + detail }
    return text
  }

  /// `   42 | source` and `      |     ^` under the column, tabs kept so the caret lines up.
  func snippet(_ diagnostic: Diagnostic) -> String? {
    guard let lines = lines(of: diagnostic.path), diagnostic.line <= lines.count else { return nil }
    let line = lines[diagnostic.line - 1]
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    // Columns count UTF-8 bytes from 1; the pad copies tabs and turns other characters into spaces.
    let utf8 = line.utf8
    let offset = min(diagnostic.column - 1, utf8.count)
    let prefixEnd = utf8.index(utf8.startIndex, offsetBy: offset)
    let prefix = String(line[..<(String.Index(prefixEnd, within: line) ?? line.endIndex)])
    let pad = String(prefix.map { $0 == "\t" ? "\t" : " " })
    let number = String(diagnostic.line)
    let gutter = String(repeating: " ", count: max(5 - number.count, 1)) + number
    let blank = String(repeating: " ", count: gutter.count)
    return "\(gutter) | \(line)\n\(blank) | \(pad)" + paint("1;32", "^")
  }

  static func hasCaretLine(_ detail: String) -> Bool {
    detail.split(separator: "\n").contains { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return trimmed.hasPrefix("^") && trimmed.allSatisfy { $0 == "^" || $0 == "~" || $0 == " " }
    }
  }

  private func lines(of path: String) -> [Substring]? {
    lock.withLock {
      if let cached = files[path] { return cached }
      var isDirectory: ObjCBool = false
      let readable = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      let text = readable ? (try? String(contentsOfFile: path, encoding: .utf8)) : nil
      // Split on bytes: as Characters, "\r\n" is one grapheme and would not split on "\n".
      let lines = text.map { text in
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
          let line = Substring(bytes)
          return line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
        }
      }
      files[path] = lines
      return lines
    }
  }

  private func paint(_ code: String, _ text: String) -> String {
    colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
