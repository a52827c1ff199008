import Foundation
import Markdown
import Yams

/// The YAML header of a lesson:
///
/// ```yaml
/// ---
/// title: ML-Specific Math
/// subtitle: Loss functions & regularization
/// part: 9
/// summary: How losses encode assumptions about noise.
/// ---
/// ```
public struct FrontMatter: Sendable, Equatable {
  public var title: String
  public var subtitle: String
  public var part: Int
  public var summary: String?
  /// Data files the lesson's code reads (paths relative to the course root).
  public var data: [String]

  static let keys = ["title", "subtitle", "part", "summary", "data"]

  public init(title: String, subtitle: String, part: Int, summary: String? = nil, data: [String] = []) {
    self.title = title
    self.subtitle = subtitle
    self.part = part
    self.summary = summary
    self.data = data
  }
}

/// Splits a lesson into front matter and body, and reads the front matter.
enum FrontMatterParser {
  struct Result {
    var frontMatter: FrontMatter
    /// The Markdown after the closing `---`, with the front matter's lines blanked
    /// so that line numbers in the body are line numbers in the file.
    var body: String
  }

  static func parse(_ source: String, path: String) throws(DiagnosticError) -> Result {
    func isFence(_ line: Substring) -> Bool { line.trimmingCharacters(in: .whitespaces) == "---" }
    // Lines are split up to the closing fence only: the body after it is taken as it is.
    let (lines, rest) = source.linesSplitAtNewlineCharacters(until: { $0 > 0 && isFence($1) })
    guard let first = lines.first, isFence(first.hasSuffix("\r") ? first.dropLast() : first) else {
      throw DiagnosticError(
        Diagnostic(
          path: path, line: 1, column: 1,
          message: "a lesson must start with YAML front matter (`---`, then title, subtitle and part, then `---`)"))
    }
    guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
      throw DiagnosticError(
        Diagnostic(path: path, line: 1, column: 1, message: "the front matter's closing `---` is missing"))
    }
    let yaml = lines[1..<closing].joined(separator: "\n")
    let frontMatter = try read(yaml, path: path, firstLine: 2, closingLine: closing + 1)
    // The front matter's lines are left empty, so that the body's lines keep their numbers.
    let body = String(repeating: "\n", count: closing) + (rest.map { "\n" + $0 } ?? "")
    return Result(frontMatter: frontMatter, body: body)
  }

  private static func read(_ yaml: String, path: String, firstLine: Int, closingLine: Int) throws(DiagnosticError)
    -> FrontMatter
  {
    let source = YAMLSource(yaml, path: path, firstLine: firstLine, what: "front matter")
    let node = try source.compose()
    guard let mapping = node?.mapping else {
      throw DiagnosticError(
        Diagnostic(path: path, line: firstLine, message: "the front matter must be a YAML mapping (key: value lines)"))
    }
    func line(of node: Yams.Node) -> Int { source.position(of: node).line }
    func column(of node: Yams.Node) -> Int { source.position(of: node).column }
    for (key, _) in mapping {
      guard let name = key.string, FrontMatter.keys.contains(name) else {
        let name = key.string ?? "?"
        let hint = NearestMatch.nearest(to: name, in: FrontMatter.keys).map { "; did you mean `\($0)`?" } ?? ""
        throw DiagnosticError(
          Diagnostic(
            path: path, line: line(of: key), column: column(of: key),
            message: "unknown front matter key `\(name)`\(hint)"))
      }
    }
    func string(_ name: String, required: Bool) throws(DiagnosticError) -> String? {
      guard let value = mapping[name] else {
        if required {
          throw DiagnosticError(
            Diagnostic(path: path, line: closingLine, message: "the front matter needs `\(name):`"))
        }
        return nil
      }
      guard let text = value.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        let got = value.scalar == nil ? ", not \(value.kindName)" : ""
        let hint =
          value.mapping != nil
          ? "; a value with `: ` in it goes in quotes, like `\(name): \"Bayes: the rule\"`"
          : value.sequence != nil
            ? "; a value starting with `-` or `[` goes in quotes, like `\(name): \"[Draft] Bayes\"`" : ""
        throw DiagnosticError(
          Diagnostic(
            path: path, line: line(of: value), column: column(of: value),
            message: "`\(name)` must be a non-empty string\(got)\(hint)"))
      }
      return text
    }
    let title = try string("title", required: true)!
    let subtitle = try string("subtitle", required: true)!
    let summary = try string("summary", required: false)
    guard let partNode = mapping["part"] else {
      throw DiagnosticError(Diagnostic(path: path, line: closingLine, message: "the front matter needs `part:`"))
    }
    guard let part = partNode.int, part >= 0 else {
      throw DiagnosticError(
        Diagnostic(
          path: path, line: line(of: partNode), column: column(of: partNode),
          message: "`part` must be a whole number, like `part: 9`"))
    }
    var data: [String] = []
    if let dataNode = mapping["data"] {
      guard let items = dataNode.sequence, items.allSatisfy({ $0.string != nil }) else {
        throw DiagnosticError(
          Diagnostic(
            path: path, line: line(of: dataNode), column: column(of: dataNode),
            message: "`data` must be a list of file paths, like `data: [lessons/data/iris.csv]`"))
      }
      data = items.compactMap(\.string)
    }
    return FrontMatter(title: title, subtitle: subtitle, part: part, summary: summary, data: data)
  }
}
