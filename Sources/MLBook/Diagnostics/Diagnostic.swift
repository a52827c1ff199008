/// A problem in the course, located in the file the author edits.
///
/// Printed as `path:line:col: error: message` — the form compilers use, so
/// editors and CI annotations can jump to it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
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
    if let detail, !detail.isEmpty {
      text += "\n" + (detail.hasSuffix("\n") ? String(detail.dropLast()) : detail)
    }
    return text
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
}
