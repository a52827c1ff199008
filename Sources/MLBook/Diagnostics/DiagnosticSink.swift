import Foundation

/// Collects the warnings of a build or check: problems worth telling the
/// author that do not fail the command (unless `--strict`).
///
/// Any step that gets the `BuildOptions` can report one from any thread:
///
/// ```swift
/// options.diagnostics.warn(Diagnostic(path: lesson.displayPath, line: 12, severity: .warning, message: "…"))
/// ```
///
/// The same diagnostic reported twice (say, by the HTML and the text renderer)
/// is kept once; the order of first report is kept.
public final class DiagnosticSink: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [Diagnostic] = []
  private var seen: Set<Diagnostic> = []

  public init() {}

  /// Records `diagnostic` as a warning (whatever severity it was made with).
  public func warn(_ diagnostic: Diagnostic) {
    var warning = diagnostic
    warning.severity = .warning
    lock.withLock {
      if seen.insert(warning).inserted { collected.append(warning) }
    }
  }

  public func warn(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { warn(diagnostic) }
  }

  /// Every warning so far, in the order they were first reported.
  public var warnings: [Diagnostic] { lock.withLock { collected } }
}

extension Diagnostic {
  /// `diagnostics` with repeats removed, first occurrences kept in order.
  public static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen: Set<Diagnostic> = []
    return diagnostics.filter { seen.insert($0).inserted }
  }

  /// The same problem as an error (`--strict` turns warnings into errors).
  public var asError: Diagnostic {
    var error = self
    error.severity = .error
    return error
  }
}
