import Foundation
import Yams

/// YAML as an author writes it (a lesson's front matter, `mlbook.yml`), and
/// diagnostics that say what is wrong in their terms, at the file's own line
/// and column, instead of libyaml's parser jargon.
struct YAMLSource {
  /// The YAML text.
  let text: String
  /// The path shown in diagnostics.
  let path: String
  /// The file line of the YAML's first line (2 for front matter after `---`).
  let firstLine: Int
  /// What the YAML is, for messages: "front matter", "mlbook.yml".
  let what: String
  private let lines: [Substring]

  init(_ text: String, path: String, firstLine: Int = 1, what: String) {
    self.text = text
    self.path = path
    self.firstLine = firstLine
    self.what = what
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
  }

  /// Parses the YAML into a node tree, or throws one diagnostic saying what is wrong.
  func compose() throws(DiagnosticError) -> Yams.Node? {
    do {
      return try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw DiagnosticError(diagnostic(for: error))
    } catch {
      throw DiagnosticError(diagnostic(line: 1, column: 1, "the \(what) cannot be read as YAML"))
    }
  }

  // MARK: Positions

  /// The file position of a YAML mark (libyaml counts columns in Unicode scalars; diagnostics count UTF-8 bytes).
  func position(_ mark: Mark) -> (line: Int, column: Int) {
    position(line: mark.line, scalarColumn: mark.column)
  }

  func position(of node: Yams.Node) -> (line: Int, column: Int) {
    node.mark.map(position) ?? (firstLine, 1)
  }

  /// A diagnostic at `node`.
  func diagnostic(at node: Yams.Node, _ message: String) -> Diagnostic {
    let (line, column) = position(of: node)
    return Diagnostic(path: path, line: line, column: column, message: message)
  }

  private func position(line: Int, scalarColumn: Int) -> (line: Int, column: Int) {
    guard line >= 1, line <= lines.count else { return (firstLine + max(line, 1) - 1, max(scalarColumn, 1)) }
    let text = lines[line - 1]
    let prefix = text.unicodeScalars.prefix(max(scalarColumn - 1, 0))
    let bytes = prefix.reduce(0) { $0 + String($1).utf8.count }
    return (firstLine + line - 1, bytes + 1 + max(0, scalarColumn - 1 - prefix.count))
  }

  /// A diagnostic at a YAML line (1-based) and UTF-8 column.
  private func diagnostic(line: Int, column: Int, _ message: String) -> Diagnostic {
    Diagnostic(path: path, line: firstLine + line - 1, column: column, message: message)
  }

  private func diagnostic(_ mark: Mark, _ message: String) -> Diagnostic {
    let (line, column) = position(mark)
    return Diagnostic(path: path, line: line, column: column, message: message)
  }

  private func line(_ number: Int) -> Substring { number >= 1 && number <= lines.count ? lines[number - 1] : "" }

  // MARK: Errors

  /// A `key: value` line, split.
  private struct Setting {
    var indent: Int
    var key: Substring
    /// The value as written after `key:` (comment and trailing blanks removed).
    var value: Substring
    /// Scalar column (1-based) where the value starts.
    var valueColumn: Int
    var comment: Substring
  }

  private func setting(_ text: Substring) -> Setting? {
    let indent = text.prefix { $0 == " " }.count
    let body = text.dropFirst(indent)
    guard !body.hasPrefix("#"), !body.hasPrefix("- "),
      let colon = body.indices.first(where: {
        body[$0] == ":" && (body.index(after: $0) == body.endIndex || body[body.index(after: $0)] == " ")
      })
    else { return nil }
    let key = body[..<colon]
    guard !key.isEmpty, !key.contains(" ") || key.first == "\"" || key.first == "'" else { return nil }
    var rest = body[body.index(after: colon)...]
    let leading = rest.prefix { $0 == " " }.count
    rest = rest.dropFirst(leading)
    var comment: Substring = ""
    if let hash = rest.indices.first(where: {
      rest[$0] == "#" && $0 > rest.startIndex && rest[rest.index(before: $0)] == " "
    }) {
      comment = rest[hash...]
      rest = rest[..<hash]
    }
    while rest.last == " " { rest = rest.dropLast() }
    let valueColumn = text[..<rest.startIndex].unicodeScalars.count + 1
    return Setting(indent: indent, key: key, value: rest, valueColumn: valueColumn, comment: comment)
  }

  /// `value` as a quoted YAML string.
  static func quoted(_ value: Substring) -> String {
    if value.contains("\"") && !value.contains("'") { return "'\(value)'" }
    return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private func quotingHint(_ setting: Setting) -> String {
    var fixed = "\(setting.key): \(Self.quoted(setting.value))"
    if !setting.comment.isEmpty { fixed += " \(setting.comment)" }
    return "put the value in quotes: `\(fixed)`"
  }

  /// Characters that mean something to YAML at the start of a plain value.
  private static let indicators: Set<Character> = [
    "[", "{", "&", "*", "!", "|", ">", "%", "@", "`", "\"", "'", "-", "?", ",",
  ]

  func diagnostic(for error: YamlError) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return syntaxDiagnostic(context: context, problem: problem, mark: mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return duplicateKey(duplicates.first ?? "?", first: context.mark)
    case .reader(let problem, _, _, _):
      return diagnostic(line: 1, column: 1, "the \(what) cannot be read: \(problem)")
    default:
      return diagnostic(line: 1, column: 1, "the \(what) cannot be read as YAML")
    }
  }

  private func duplicateKey(_ name: String, first: Mark) -> Diagnostic {
    // Yams names the first occurrence; point at the repeat, which is usually the one just added.
    for number in (first.line + 1)...max(first.line + 1, lines.count) {
      guard let setting = setting(line(number)), setting.key == name,
        setting.indent == first.column - 1
      else { continue }
      return diagnostic(
        line: number, column: setting.indent + 1,
        "`\(name)` is set twice (first on line \(firstLine + first.line - 1)); keep one of them")
    }
    return diagnostic(first, "`\(name)` is set more than once; keep one of them")
  }

  private func syntaxDiagnostic(context: YamlError.Context?, problem: String, mark: Mark) -> Diagnostic {
    let text = line(mark.line)
    let character = text.unicodeScalars.dropFirst(max(mark.column - 1, 0)).first

    // Tabs: YAML indents with spaces only.
    for candidate in [mark.line, context?.mark.line].compactMap({ $0 }) {
      let indentation = line(candidate).prefix { $0 == " " || $0 == "\t" }
      if let tab = indentation.firstIndex(of: "\t") {
        return diagnostic(
          line: candidate, column: indentation.distance(from: indentation.startIndex, to: tab) + 1,
          "a tab indents this line; YAML indentation must be spaces")
      }
    }
    if character == "\t" || problem.contains("tab character") {
      return diagnostic(mark, "a tab here is not allowed in YAML; use spaces")
    }

    // An unclosed quote swallows everything after it.
    if context?.text == "while scanning a quoted scalar", let opening = context?.mark {
      let quote = line(opening.line).unicodeScalars.dropFirst(max(opening.column - 1, 0)).first.map(String.init) ?? "\""
      return diagnostic(
        opening, "the quote \(quote) opened here is never closed; end the value with \(quote) on the same line")
    }

    // `[` or `{` opens a list or mapping, which must be closed on the same line.
    if let opening = context?.mark,
      context?.text == "while parsing a flow sequence" || context?.text == "while parsing a flow mapping"
    {
      let bracket =
        line(opening.line).unicodeScalars.dropFirst(max(opening.column - 1, 0)).first.map(String.init) ?? "["
      let closing = bracket == "{" ? "}" : "]"
      if !line(opening.line).contains(closing) {
        let hint = setting(line(opening.line)).map { "; if it is text, \(quotingHint($0))" } ?? ""
        return diagnostic(
          opening,
          "the `\(bracket)` opened here starts a YAML \(bracket == "{" ? "mapping" : "list") that is never closed with `\(closing)`\(hint)"
        )
      }
    }
    let here = setting(text)
    if problem == "mapping values are not allowed in this context" {
      if let here, mark.column > here.valueColumn {
        return diagnostic(
          mark,
          "the value of `\(here.key)` contains `: `, which YAML reads as the start of another key; \(quotingHint(here))"
        )
      }
      if let here, here.indent > 0 {
        return diagnostic(
          line: mark.line, column: here.indent + 1,
          "`\(here.key):` is indented, so YAML reads it as part of the value above; start it in the same column as the other keys"
        )
      }
    }
    if problem == "block sequence entries are not allowed in this context", let here, here.value.hasPrefix("-") {
      return diagnostic(mark, "a value starting with `- ` reads as a list item; \(quotingHint(here))")
    }
    if problem == "could not find expected ':'", let start = context?.mark {
      return diagnostic(
        start,
        "this line is not `key: value`; write each setting as `name: value` on one line (a value with `: ` in it goes in quotes)"
      )
    }
    // A value YAML reads specially (`[Draft] Bayes`, `*emphasis*`, `"Bayes" rule`): quote the whole of it.
    for number in Set([mark.line, context?.mark.line ?? mark.line]).sorted() {
      if let setting = setting(line(number)), let first = setting.value.first,
        Self.indicators.contains(first) || setting.value.contains(": ")
      {
        let opened = first == "[" || first == "{" ? " (`\(first)` starts a list or mapping in YAML)" : ""
        return diagnostic(
          line: number, column: position(line: number, scalarColumn: setting.valueColumn).column,
          "YAML cannot read the value of `\(setting.key)` as text\(opened); \(quotingHint(setting))")
      }
    }
    if problem == "did not find expected key", let here {
      return diagnostic(
        mark, "unexpected text after the value of `\(here.key)`; \(quotingHint(here))")
    }
    if let character, character == "@" || character == "`" {
      return diagnostic(mark, "a value cannot start with `\(character)` in YAML; put the value in quotes")
    }
    let where_ = context.map { " (\($0.text))" } ?? ""
    return diagnostic(mark, "the \(what) is not valid YAML: \(problem)\(where_)")
  }
}

extension Yams.Node {
  /// What kind of YAML value this is, for "must be a string, not a list" messages.
  var kindName: String {
    switch self {
    case .scalar: return "a single value"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }
}
