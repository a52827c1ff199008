import Foundation

/// A problem in the course, located in the file the author edits.
///
/// Printed as `path:line:col: error: message` — the form compilers use, so
/// editors and CI annotations can jump to it.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Codable {
    case error, warning, note
  }

  public var path: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String
  /// Extra lines printed after the diagnostic (a diff, a formula with a caret, compiler context).
  public var detail: String?

  public init(
    path: String, line: Int, column: Int = 1, severity: Severity = .error, message: String, detail: String? = nil
  ) {
    self.path = path
    self.line = max(line, 1)
    self.column = max(column, 1)
    self.severity = severity
    self.message = message
    self.detail = detail
  }

  public var description: String {
    var text = "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    if let detail = shownDetail { text += "\n" + detail }
    return text
  }

  /// `detail` without a first or last line that only repeats the end of the
  /// message (a crash's `Fatal error: …` line, a formula error's text): each
  /// problem is said once. `nil` when nothing is left.
  var shownDetail: String? {
    guard var detail, !detail.isEmpty else { return nil }
    if detail.hasSuffix("\n") { detail.removeLast() }
    var lines = detail.split(separator: "\n", omittingEmptySubsequences: false)
    func repeatsMessage(_ line: Substring?) -> Bool {
      guard let line else { return false }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return !trimmed.isEmpty && (message == trimmed || message.hasSuffix(": " + trimmed))
    }
    if repeatsMessage(lines.first) { lines.removeFirst() }
    if repeatsMessage(lines.last) { lines.removeLast() }
    let shown = lines.joined(separator: "\n")
    return shown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : shown
  }
}

/// One or more diagnostics that stop a command.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public init(_ diagnostic: Diagnostic) {
    self.diagnostics = [diagnostic]
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

  /// The errors among `diagnostics` (a `--strict` failure also lists its warnings, as errors).
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
