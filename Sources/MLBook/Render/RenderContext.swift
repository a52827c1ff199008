import Foundation
import Markdown

/// What the renderers of one lesson share: its executed outputs, the math
/// converter, how links between lessons resolve, and the problems found.
struct RenderContext {
  let lesson: Lesson
  /// Outputs of the lesson's `swift-run` blocks, by the line the block starts on.
  let cells: [Int: (block: ExecutableBlock, output: BlockOutput)]
  /// Python twins by the index of the `swift-run` block they mirror.
  let twins: [Int: TwinBlock]
  /// The lines of every twin fence: shown with their block (or not at all, for setup), never on their own.
  let twinLines: Set<Int>
  let math: MathRendering
  /// Lesson file name (`04-probability.md`) → page name (`04-probability.html`).
  let pages: [String: String]
  /// Every label of the course, and this lesson's numbered things.
  let crossReferences: CrossReferences
  let numbering: LessonNumbering?
  /// The words mlbook adds (`Output`, `Theorem`, …), in the course's language.
  let strings: InterfaceStrings
  /// The chapter's citations so far (`nil` when the course has no bibliography).
  var citations: CitationFormatter?
  var diagnostics: [Diagnostic] = []
  /// Every link and image source on the page, with where it is written, for the link check.
  var links: [(destination: String, position: SourcePosition)] = []

  init(
    lesson: Lesson, blocks: [ExecutableBlock], run: LessonRun, math: MathRendering, pages: [String: String],
    crossReferences: CrossReferences? = nil, strings: InterfaceStrings = InterfaceStrings(),
    citations: CitationFormatter? = nil
  ) {
    self.lesson = lesson
    self.citations = citations
    let references =
      crossReferences ?? CrossReferences(lessons: [lesson], theorems: .shared, math: math)
    self.crossReferences = references
    numbering = references.numberings[lesson.slug]
    self.strings = strings
    var cells: [Int: (ExecutableBlock, BlockOutput)] = [:]
    for (block, output) in zip(blocks, run.outputs) { cells[block.line] = (block, output) }
    self.cells = cells
    // Twin problems are `check`'s to report; the page shows what parses.
    let twinBlocks = (try? lesson.twinBlocks()) ?? []
    twins = Dictionary(twinBlocks.compactMap { twin in twin.block.map { ($0, twin) } }, uniquingKeysWith: { a, _ in a })
    twinLines = Set(twinBlocks.map(\.line))
    self.math = math
    self.pages = pages
  }

  /// A link target as it should appear on the site: `other.md#x` → `other.html#x`.
  func resolve(_ destination: String) -> String {
    guard !destination.contains("://"), !destination.hasPrefix("mailto:") else { return destination }
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let file = String(parts[0])
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard file.hasSuffix(".md"), let page = pages[name] else { return destination }
    return parts.count > 1 ? page + "#" + parts[1] : page
  }

  /// A piece of a rendered citation or cross-reference: text, linked when `href` is set.
  struct ReferenceSegment: Equatable {
    var text: String
    var href: String?
  }

  /// What `@thm-bayes`, `[-@eq-mse]` or `[see @fig-loss, left]` reads as, with links to the targets.
  /// Unknown labels are reported here, at the reference.
  mutating func resolve(_ citation: Citation) -> [ReferenceSegment] {
    let labels = citation.items.filter { NumberedKind(label: $0.key) != nil }
    if labels.isEmpty { return resolveBibliographic(citation) }
    guard labels.count == citation.items.count else {
      report(
        citation.position, "`\(citation.source)` mixes cross-references and citations; write them in separate brackets")
      return [ReferenceSegment(text: citation.source)]
    }
    var segments: [ReferenceSegment] = []
    for (i, item) in citation.items.enumerated() {
      if i > 0 { segments.append(ReferenceSegment(text: ", ")) }
      if !item.prefix.isEmpty { segments.append(ReferenceSegment(text: item.prefix + " ")) }
      guard let target = crossReferences.targets[NumberedKind.canonical(item.key)] else {
        let nearest = NearestMatch.nearest(to: item.key, in: Array(crossReferences.targets.keys))
        report(
          citation.position,
          "unknown label `\(item.key)`" + (nearest.map { "; did you mean `\($0)`?" } ?? "")
            + " (labels are written `{#\(item.key)}` after the thing they name)")
        segments.append(ReferenceSegment(text: "@" + item.key))
        continue
      }
      let text = item.suppressesAuthor ? target.number : target.kind.name(strings) + "\u{A0}" + target.number
      let href = target.page == lesson.pageName ? "#" + target.anchor : target.page + "#" + target.anchor
      segments.append(ReferenceSegment(text: text, href: href))
      if !item.locator.isEmpty { segments.append(ReferenceSegment(text: ", " + item.locator)) }
    }
    return segments
  }

  /// A citation of the bibliography.
  private mutating func resolveBibliographic(_ citation: Citation) -> [ReferenceSegment] {
    if var formatter = citations {
      for key in formatter.unknownKeys(in: citation) {
        let nearest = NearestMatch.nearest(to: key, in: formatter.bibliography.keys)
        report(
          citation.position,
          "unknown citation key `\(key)`" + (nearest.map { "; did you mean `\($0)`?" } ?? "")
            + " (keys come from the BibTeX file named by `bibliography:` in mlbook.yml; an @ that is not a citation goes in a code span)"
        )
      }
      let segments = formatter.cite(citation)
      citations = formatter
      return segments.map { segment in
        switch segment {
        case .text(let text): ReferenceSegment(text: text)
        case .reference(let key, let text): ReferenceSegment(text: text, href: "#ref-" + key)
        }
      }
    }
    // Without a bibliography, a bare `@word` is just text (an @-mention, a Swift attribute).
    if !citation.isBracketed { return [ReferenceSegment(text: citation.source)] }
    report(
      citation.position,
      "`\(citation.source)` cites the bibliography, but the course has none; name a BibTeX file in mlbook.yml (`bibliography: references.bib`)"
    )
    return [ReferenceSegment(text: citation.source)]
  }

  mutating func report(_ position: SourcePosition, _ message: String) {
    diagnostics.append(
      Diagnostic(path: lesson.displayPath, line: position.line, column: position.column, message: message))
  }

  /// A formula's TeX as the converter should see it: `\label`/`\tag` blanked out, and
  /// `\eqref{eq-x}`/`\ref{eq-x}` replaced by the number they refer to.
  private mutating func prepared(_ math: Math) -> Math {
    var formula = math
    if math.isDisplay { formula.tex = EquationTeX(math.tex).tex }
    guard formula.tex.contains("ref{") else { return formula }
    for command in ["\\eqref", "\\ref"] {
      while let range = formula.tex.range(of: command + "{"),
        let close = EquationTeX.closingBrace(in: formula.tex, from: range.upperBound)
      {
        let key = String(formula.tex[range.upperBound..<close])
        var number = "??"
        if let target = crossReferences.targets[key] {
          number = target.number
        } else {
          report(math.position, "unknown label `\(key)` in `\(command){\(key)}`")
        }
        let shown = command == "\\eqref" ? "(\(number))" : number
        formula.tex.replaceSubrange(range.lowerBound...close, with: "\\text{\(shown)}")
      }
    }
    return formula
  }

  mutating func renderMath(_ math: Math, asHTML: Bool) -> String {
    let source = math
    let math = prepared(source)
    do throws(MathRendering.Failure) {
      return asHTML ? try self.math.html(math) : try self.math.text(math)
    } catch {
      let prefix = math.tex.utf8.prefix(error.offset)
      let newlines = prefix.filter { $0 == UInt8(ascii: "\n") }.count
      let column =
        newlines == 0
        ? math.position.column + error.offset
        : prefix.count
          - (prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.distance(from: prefix.startIndex, to: $0) } ?? 0)
      diagnostics.append(
        Diagnostic(
          path: lesson.displayPath, line: math.position.line + newlines, column: column,
          message: error.message, detail: error.annotated))
      return asHTML ? HTMLEscape.text(math.tex) : math.tex
    }
  }
}
