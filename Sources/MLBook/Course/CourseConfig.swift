import Foundation
import TeX
import Yams

/// The optional `mlbook.yml` at the course root.
///
/// ```yaml
/// title: Complete Math for ML
/// description: Twelve parts, runnable Swift.
/// macros:
///   R: \mathbb{R}
/// timeout: 30          # seconds per block
/// output-limit: 1048576  # bytes per block
/// ```
public struct CourseConfig: Sendable, Equatable {
  public var title: String
  public var description: String
  public var macros: [String: String]
  public var timeout: Double
  public var outputLimit: Int

  static let keys = ["title", "description", "macros", "timeout", "output-limit"]

  public init(
    title: String, description: String = "", macros: [String: String] = [:], timeout: Double = 30,
    outputLimit: Int = 1 << 20
  ) {
    self.title = title
    self.description = description
    self.macros = macros
    self.timeout = timeout
    self.outputLimit = outputLimit
  }

  /// Reads `mlbook.yml` in `root`, or the defaults when there is none.
  static func load(root: URL, displayPath: String) throws(DiagnosticError) -> CourseConfig {
    let url = root.appendingPathComponent("mlbook.yml")
    let fallbackTitle = root.standardizedFileURL.lastPathComponent
    var config = CourseConfig(title: fallbackTitle.isEmpty ? "Course" : fallbackTitle)
    guard FileManager.default.fileExists(atPath: url.path) else { return config }
    let text: String
    do {
      text = try SourceText.decode(Data(contentsOf: url), path: displayPath)
    } catch let error as DiagnosticError {
      throw error
    } catch {
      throw DiagnosticError(
        Diagnostic(path: displayPath, line: 1, message: "cannot read: \(error.localizedDescription)"))
    }
    let node: Yams.Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      throw DiagnosticError(Diagnostic(path: displayPath, line: 1, message: "invalid YAML: \(error)"))
    }
    guard let node else { return config }
    guard let mapping = node.mapping else {
      throw DiagnosticError(Diagnostic(path: displayPath, line: 1, message: "mlbook.yml must be a YAML mapping"))
    }
    for (key, value) in mapping {
      let name = key.string ?? "?"
      let line = key.mark?.line ?? 1
      func fail(_ message: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(path: displayPath, line: line, column: key.mark?.column ?? 1, message: message))
      }
      switch name {
      case "title":
        guard let s = value.string else { throw fail("`title` must be a string") }
        config.title = s
      case "description":
        guard let s = value.string else { throw fail("`description` must be a string") }
        config.description = s
      case "macros":
        guard let m = value.mapping else { throw fail("`macros` must map names to TeX, like `R: \\mathbb{R}`") }
        for (k, v) in m {
          guard let macroName = k.string, let body = v.string else {
            throw fail("macro names and bodies must be strings")
          }
          config.macros[macroName.hasPrefix("\\") ? String(macroName.dropFirst()) : macroName] = body
        }
        do {
          _ = try TeXRenderer(macros: config.macros)
        } catch {
          throw fail("invalid macro: \(error.message)")
        }
      case "timeout":
        guard let t = value.float, t > 0 else { throw fail("`timeout` must be a positive number of seconds") }
        config.timeout = t
      case "output-limit":
        guard let n = value.int, n > 0 else { throw fail("`output-limit` must be a positive number of bytes") }
        config.outputLimit = n
      default:
        let hint = NearestMatch.nearest(to: name, in: keys).map { "; did you mean `\($0)`?" } ?? ""
        throw fail("unknown setting `\(name)`\(hint)")
      }
    }
    return config
  }
}
