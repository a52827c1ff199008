import Foundation
import Markdown

/// The things a chapter numbers and an author can refer to, with the label prefixes
/// Quarto uses: `eq-`, `fig-`, `tbl-`, `def-`, `thm-`, `lem-`, `prp-`, `cor-`, `exm-`, `rem-`.
enum NumberedKind: String, CaseIterable, Codable, Sendable {
  case equation, figure, table, definition, theorem, lemma, proposition, corollary, example, remark

  var prefix: String {
    switch self {
    case .equation: "eq"
    case .figure: "fig"
    case .table: "tbl"
    case .definition: "def"
    case .theorem: "thm"
    case .lemma: "lem"
    case .proposition: "prp"
    case .corollary: "cor"
    case .example: "exm"
    case .remark: "rem"
    }
  }

  /// The kind a label names by its prefix (`thm-bayes` → theorem), if it has one of the prefixes.
  /// A capitalised prefix (`@Thm-bayes`, as Quarto allows at the start of a sentence) names the same kind.
  init?(label: String) {
    guard let dash = label.firstIndex(of: "-"), dash != label.startIndex, label.index(after: dash) != label.endIndex,
      let kind = Self.allCases.first(where: { $0.prefix == label[..<dash] || $0.prefix.capitalized == label[..<dash] })
    else { return nil }
    self = kind
  }

  /// A reference's key as the label it names: `Thm-bayes` → `thm-bayes`.
  static func canonical(_ key: String) -> String {
    guard let kind = NumberedKind(label: key) else { return key }
    return kind.prefix + key.drop(while: { $0 != "-" })
  }

  var isTheoremLike: Bool { self != .equation && self != .figure && self != .table }

  /// The name in running text ("Theorem"), in the course's language.
  func name(_ strings: InterfaceStrings) -> String { strings[rawValue] }
}

/// One numbered thing of a lesson.
struct NumberedItem: Sendable, Equatable {
  var kind: NumberedKind
  var label: String?
  /// What readers see: `9.3`, or a formula's own `\tag{…}`.
  var number: String
  /// The element's id on the page (the label, or one made up for unlabelled theorems).
  var anchor: String
  var position: SourcePosition
  /// A theorem's or a figure's title as readable text (empty when it has none).
  var title: String
}

/// How theorem-like blocks share counters (`theorem-numbering:` in `mlbook.yml`).
public enum TheoremNumbering: String, Sendable, Equatable {
  /// One sequence for definitions, theorems, lemmas, … (amsthm's `\newtheorem{lemma}[theorem]{Lemma}`).
  case shared
  /// A sequence of their own for each kind.
  case separate
}

/// Numbers a lesson's labelled equations, captioned figures and tables, and
/// theorem-like blocks, in reading order, per chapter (`9.1`, `9.2`, …).
///
/// - Equations are numbered when labelled (`$$ … $$ {#eq-mse}`, ```` ```math {#eq-mse} ````
///   or `\label{eq-mse}` inside); `\tag{…}` shows its own text and takes no number.
/// - A `swift-run` block is a figure when its first lines say so: `//| label: fig-loss`
///   and/or `//| fig-cap: The Huber loss`.
/// - A table is numbered when a caption paragraph follows it: `: Losses compared {#tbl-losses}`.
/// - `> [!THEOREM] Title {#thm-x}` and its siblings are always numbered; `[!PROOF]` never.
struct LessonNumbering {
  private(set) var items: [NumberedItem] = []
  private(set) var problems: [Diagnostic] = []
  /// Figure options of `swift-run` blocks, by the block's line.
  private(set) var figures: [Int: FigureOptions] = [:]
  /// Table captions, by the table's position; their paragraphs are not rendered as paragraphs.
  private(set) var tableCaptions: [SourcePosition: TableCaption] = [:]
  private var byPosition: [SourcePosition: Int] = [:]
  private var counters: [String: Int] = [:]
  private let chapter: Int
  private let theorems: TheoremNumbering
  private let lesson: Lesson
  private let math: MathRendering

  init(lesson: Lesson, theorems: TheoremNumbering, math: MathRendering) {
    self.lesson = lesson
    self.chapter = lesson.frontMatter.part
    self.theorems = theorems
    self.math = math
    visit(lesson.document.blocks)
  }

  /// The numbered thing that starts at `position`.
  func item(at position: SourcePosition) -> NumberedItem? {
    byPosition[position].map { items[$0] }
  }

  private mutating func next(_ kind: NumberedKind) -> String {
    let counter = kind.isTheoremLike && theorems == .shared ? "theorem" : kind.rawValue
    counters[counter, default: 0] += 1
    let n = counters[counter]!
    return chapter > 0 ? "\(chapter).\(n)" : "\(n)"
  }

  private mutating func add(_ item: NumberedItem) {
    byPosition[item.position] = items.count
    items.append(item)
  }

  private mutating func problem(_ position: SourcePosition, _ message: String) {
    problems.append(
      Diagnostic(path: lesson.displayPath, line: position.line, column: position.column, message: message))
  }

  /// Checks that `label` suits a `kind`: it starts with the kind's prefix.
  private mutating func check(_ label: String, _ kind: NumberedKind, what: String, at position: SourcePosition)
    -> Bool
  {
    guard NumberedKind(label: label) == kind else {
      problem(
        position,
        "the label `\(label)` of \(what) must start with `\(kind.prefix)-`, like `\(kind.prefix)-\(label.split(separator: "-").last ?? "name")`"
      )
      return false
    }
    return true
  }

  private mutating func visit(_ blocks: [Block]) {
    var i = 0
    while i < blocks.count {
      let block = blocks[i]
      switch block {
      case .displayMath(let formula):
        equation(formula)
      case .codeBlock(let code) where code.isFenced && code.language == "swift-run":
        figure(code)
      case .table(let table):
        if i + 1 < blocks.count, case .paragraph(let inlines, let position) = blocks[i + 1],
          let caption = TableCaption(inlines, position: position)
        {
          var label = caption.label
          if let name = label, !check(name, .table, what: "a table", at: position) { label = nil }
          let number = next(.table)
          tableCaptions[table.position] = caption
          add(
            NumberedItem(
              kind: .table, label: label, number: number, anchor: label ?? "tbl-\(number)", position: table.position,
              title: ReadableText.of(caption.text, math: math)))
          i += 1
        }
      case .blockQuote(let inner, let position):
        if let alert = Alert(inner) {
          if let kind = alert.kind.numbered {
            var label = alert.label
            if let name = label, !check(name, kind, what: "a \(kind.rawValue)", at: position) { label = nil }
            let number = next(kind)
            add(
              NumberedItem(
                kind: kind, label: label, number: number,
                anchor: label ?? "\(kind.rawValue)-\(number.replacingOccurrences(of: ".", with: "-"))",
                position: position, title: ReadableText.of(alert.title, math: math)))
          } else if let label = alert.label {
            problem(
              position, "a \(alert.kind.label.lowercased()) is not numbered, so it takes no label (`{#\(label)}`)")
          }
          visit(alert.blocks)
        } else {
          visit(inner)
        }
      case .paragraph(let inlines, _):
        inlineFormulas(inlines)
      case .list(let list):
        for item in list.items { visit(item.blocks) }
      case .footnoteDefinition(_, _, let inner, _):
        visit(inner)
      default:
        break
      }
      i += 1
    }
  }

  /// A `$$…$$` formula inside a paragraph is not numbered; a label or tag on it would be lost.
  private mutating func inlineFormulas(_ inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .math(let formula) where formula.isDisplay:
        let parts = EquationTeX(formula.tex)
        if parts.label != nil || parts.tag != nil {
          problem(
            formula.position,
            "a formula inside a paragraph is not numbered, so `\\label`/`\\tag` do nothing here; put the formula on lines of its own between `$$` lines"
          )
        }
      case .emphasis(let inner), .strong(let inner), .strikethrough(let inner):
        inlineFormulas(inner)
      default:
        break
      }
    }
  }

  private mutating func equation(_ formula: Math) {
    let parts = EquationTeX(formula.tex)
    var label = formula.label ?? parts.label
    if formula.label != nil, parts.label != nil {
      problem(
        formula.position,
        "this formula has two labels (`{#\(formula.label!)}` and `\\label{\(parts.label!)}`); keep one")
    }
    if let name = label, !check(name, .equation, what: "an equation", at: formula.position) { label = nil }
    guard label != nil || parts.tag != nil else { return }
    let number = parts.tag ?? next(.equation)
    add(
      NumberedItem(
        kind: .equation, label: label, number: number, anchor: label ?? "", position: formula.position, title: ""))
  }

  private mutating func figure(_ code: CodeBlock) {
    let options = FigureOptions(code)
    for (line, message) in options.problems {
      problem(SourcePosition(line: line, column: 1), message)
    }
    guard options.label != nil || options.caption != nil else { return }
    var label = options.label
    if let name = label, !check(name, .figure, what: "a figure", at: code.position) { label = nil }
    figures[code.position.line] = options
    let number = next(.figure)
    add(
      NumberedItem(
        kind: .figure, label: label, number: number, anchor: label ?? "fig-\(number)", position: code.position,
        title: options.caption.map { ReadableText.of($0, math: math) } ?? ""))
  }
}

/// A display formula's `\label{…}` and `\tag{…}`, and its TeX without them.
///
/// They are blanked out with spaces, so the columns of the rest of the formula stay
/// where the author wrote them (for error messages).
struct EquationTeX {
  var tex: String
  var label: String?
  /// The text of `\tag{…}` (`\tag*{…}` too; both are shown in parentheses here).
  var tag: String?

  init(_ source: String) {
    tex = source
    guard source.contains("\\label") || source.contains("\\tag") else { return }
    for command in ["\\label", "\\tag*", "\\tag"] {
      while let range = tex.range(of: command + "{"), let close = Self.closingBrace(in: tex, from: range.upperBound) {
        let argument = String(tex[range.upperBound..<close])
        if command == "\\label" { label = argument } else { tag = argument }
        let removed = tex[range.lowerBound...close].utf8.count
        tex.replaceSubrange(range.lowerBound...close, with: String(repeating: " ", count: removed))
      }
    }
  }

  static func closingBrace(in text: String, from start: String.Index) -> String.Index? {
    var depth = 1
    var i = start
    while i < text.endIndex {
      if text[i] == "{" { depth += 1 }
      if text[i] == "}" {
        depth -= 1
        if depth == 0 { return i }
      }
      i = text.index(after: i)
    }
    return nil
  }
}

/// The `//|` option lines that open a `swift-run` block, as in Quarto's cells:
/// `//| label: fig-huber` and `//| fig-cap: The Huber loss for $\delta = 1$`.
/// They are comments to Swift, and the pages do not show them.
struct FigureOptions: Sendable, Equatable {
  var label: String?
  /// The caption's inline Markdown.
  var caption: [Inline]?
  /// How many lines of the block's code the options take.
  var lineCount = 0
  /// Unknown keys and malformed lines, by line.
  var problems: [(Int, String)] = []

  static let keys = ["label", "fig-cap", "fig-alt"]
  /// The figure's text description for screen readers (`fig-alt`).
  var alt: String?

  init(_ code: CodeBlock) {
    for line in code.literal.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop(while: { $0 == " " })
      guard trimmed.hasPrefix("//|") else { break }
      let lineNumber = code.firstCodeLine + lineCount
      lineCount += 1
      let body = trimmed.dropFirst(3)
      guard let colon = body.firstIndex(of: ":") else {
        problems.append((lineNumber, "a cell option reads `//| key: value`, like `//| fig-cap: The Huber loss`"))
        continue
      }
      let key = body[..<colon].trimmingCharacters(in: .whitespaces)
      var value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
      switch key {
      case "label":
        label = value
      case "fig-cap":
        let document = MarkdownParser.parse(value)
        if case .paragraph(let inlines, _)? = document.blocks.first { caption = inlines }
      case "fig-alt":
        alt = value
      default:
        let nearest = NearestMatch.nearest(to: key, in: Self.keys).map { "; did you mean `\($0)`?" } ?? ""
        problems.append(
          (lineNumber, "unknown cell option `\(key)`\(nearest) (known: \(Self.keys.joined(separator: ", ")))"))
      }
    }
  }

  static func == (a: FigureOptions, b: FigureOptions) -> Bool {
    a.label == b.label && a.caption == b.caption && a.lineCount == b.lineCount && a.alt == b.alt
  }

  /// The code readers see: without the option lines.
  static func displayed(_ code: String) -> String {
    var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.drop(while: { $0 == " " }).hasPrefix("//|") { lines.removeFirst() }
    return lines.joined(separator: "\n")
  }
}

/// A table's caption: the paragraph right after it that starts with `: ` or `Table: `
/// (Pandoc's and Quarto's syntax), optionally ending in `{#tbl-label}`.
struct TableCaption: Sendable, Equatable {
  var text: [Inline]
  var label: String?
  var position: SourcePosition

  init?(_ inlines: [Inline], position: SourcePosition) {
    guard case .text(let first)? = inlines.first else { return nil }
    let rest: Substring
    if first.hasPrefix(": ") {
      rest = first.dropFirst(2)
    } else if first.hasPrefix("Table: ") {
      rest = first.dropFirst(7)
    } else {
      return nil
    }
    var text = inlines
    text[0] = .text(String(rest))
    if case .text(let last)? = text.last, last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards),
      let name = Alert.labelName(last[open.lowerBound...])
    {
      label = name
      let kept = String(last[..<open.lowerBound].reversed().drop(while: { $0 == " " }).reversed())
      if kept.isEmpty { text.removeLast() } else { text[text.count - 1] = .text(kept) }
    }
    self.text = text
    self.position = position
  }
}
