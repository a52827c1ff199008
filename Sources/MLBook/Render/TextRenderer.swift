import Foundation
import Markdown

/// Renders a lesson as plain text for reading in a terminal or feeding to a tool:
/// wrapped at 80 columns, headings underlined, code indented, outputs included,
/// links gathered as numbered references at the end.
final class TextRenderer {
  static let width = 80

  private(set) var context: RenderContext
  private var references: [String] = []
  /// Footnote definitions, by number (as on the page: numbered by first reference).
  private var footnotes: [Int: [Block]] = [:]
  private var exerciseCount = 0
  /// Answers are gathered at the end of the chapter, numbered like their exercises.
  private var answers: [(number: Int, blocks: [Block])] = []

  init(context: RenderContext) {
    self.context = context
  }

  func render(_ document: Document, title: String) -> String {
    var lines = [title, String(repeating: "=", count: min(Self.width, max(3, TextWidth.cells(title)))), ""]
    lines += render(document.blocks, width: Self.width)
    if !answers.isEmpty {
      let heading = context.strings["answers"]
      lines += ["", heading, String(repeating: "-", count: max(3, TextWidth.cells(heading)))]
      for (number, blocks) in answers {
        lines += ["", "\(context.strings["answer"]) \(number)", ""]
        lines += render(blocks, width: Self.width - 4).map { $0.isEmpty ? "" : "    " + $0 }
      }
    }
    if !footnotes.isEmpty {
      lines += ["", "Notes", "-----", ""]
      for (number, blocks) in footnotes.sorted(by: { $0.key < $1.key }) {
        lines += hang("[^\(number)] ", render(blocks, width: Self.width - 6))
      }
    }
    if let works = context.citations?.references(), !works.isEmpty {
      let heading = context.strings["references"]
      lines += ["", heading, String(repeating: "-", count: max(3, TextWidth.cells(heading))), ""]
      for work in works {
        let text = work.spans.map { span in
          switch span {
          case .text(let text), .emphasis(let text): text
          case .link(let text, let url): text == url ? url : "\(text) <\(url)>"
          }
        }.joined()
        lines += hang(
          work.label.map { $0 + " " } ?? "", wrap(text, width: Self.width - (work.label.map { $0.count + 1 } ?? 0)))
        lines.append("")
      }
      lines.removeLast()
    }
    if !references.isEmpty {
      lines += ["", "Links", "-----", ""]
      for (i, url) in references.enumerated() { lines.append("[\(i + 1)] \(url)") }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.map { line in
      // Program output keeps its trailing spaces (its lines carry the marker); prose does not.
      line.hasSuffix(Self.keepsTrailingSpace)
        ? String(line.dropLast()) : String(line.reversed().drop(while: { $0 == " " }).reversed())
    }.joined(separator: "\n") + "\n"
  }

  /// Ends a line whose trailing spaces are content (a private-use character, removed before writing).
  private static let keepsTrailingSpace = "\u{10FFFD}"

  private func outputLine(_ line: Substring) -> String {
    line.isEmpty ? "    │" : "    │ " + line + Self.keepsTrailingSpace
  }

  /// Blocks separated by blank lines.
  func render(_ blocks: [Block], width: Int) -> [String] {
    var lines: [String] = []
    var skipNext = false
    for (i, block) in blocks.enumerated() {
      if skipNext {
        skipNext = false
        continue
      }
      var rendered: [String]
      if case .codeBlock(let code) = block, let cell = context.cells[code.position.line] {
        rendered = renderCell(cell.block, cell.output)
        if i + 1 < blocks.count, case .codeBlock(let next) = blocks[i + 1], cell.block.recorded == next {
          skipNext = true
        }
      } else if case .codeBlock(let code) = block, context.twinLines.contains(code.position.line) {
        continue
      } else if case .table(let table) = block, let caption = context.numbering?.tableCaptions[table.position],
        let item = context.numbering?.item(at: table.position)
      {
        let title = "\(item.kind.name(context.strings)) \(item.number): " + render(caption.text)
        rendered = wrap(title, width: width) + [""] + render(table)
        skipNext = true
      } else {
        rendered = render(block, width: width)
      }
      if rendered.isEmpty { continue }
      if !lines.isEmpty { lines.append("") }
      lines += rendered
    }
    return lines
  }

  private func render(_ block: Block, width: Int) -> [String] {
    switch block {
    case .paragraph(let inlines, _):
      return wrap(render(inlines), width: width)
    case .heading(let level, let inlines, _):
      let text = render(inlines)
      let rule: Character = level <= 1 ? "=" : level == 2 ? "-" : level == 3 ? "~" : "."
      return [text, String(repeating: rule, count: min(width, max(3, TextWidth.cells(text))))]
    case .blockQuote(let inner, let position):
      if let alert = Alert(inner) { return render(alert, width: width, at: position) }
      return render(inner, width: width - 2).map { $0.isEmpty ? ">" : "> " + $0 }
    case .list(let list):
      var lines: [String] = []
      for (n, item) in list.items.enumerated() {
        var marker: String
        switch list.kind {
        case .bullet: marker = "- "
        case .ordered(let start): marker = "\(start + n). "
        }
        if let checked = item.checked { marker += checked ? "[x] " : "[ ] " }
        var body = render(item.blocks, width: width - TextWidth.cells(marker))
        if list.isTight { body.removeAll { $0.isEmpty } }
        if !lines.isEmpty && !list.isTight { lines.append("") }
        lines += hang(marker, body)
      }
      return lines
    case .codeBlock(let code):
      return indent(code.literal)
    case .html(let raw, _):
      let text = HTMLText.strippingTags(raw).trimmed(of: " \n\t")
      return text.isEmpty ? [] : wrap(text, width: width)
    case .thematicBreak:
      return [String(repeating: " ", count: max(0, width / 2 - 3)) + "* * *"]
    case .table(let table):
      return render(table)
    case .displayMath(let math):
      var lines = context.renderMath(math, asHTML: false).split(separator: "\n", omittingEmptySubsequences: false).map {
        "    " + $0
      }
      // A numbered formula carries its number at the right margin, on its middle line.
      if let item = context.numbering?.item(at: math.position), !lines.isEmpty {
        let number = "(\(item.number))"
        let middle = (lines.count - 1) / 2
        let used = TextWidth.cells(lines[middle])
        let room = width - used - TextWidth.cells(number)
        if room >= 2 {
          lines[middle] += String(repeating: " ", count: room) + number
        } else {
          lines.append(String(repeating: " ", count: max(0, width - TextWidth.cells(number))) + number)
        }
      }
      return lines
    case .footnoteDefinition(let number, _, let blocks, _):
      footnotes[number] = blocks
      return []
    }
  }

  private func render(_ alert: Alert, width: Int, at position: SourcePosition) -> [String] {
    let title = render(alert.title)
    let body = { [self] in render(alert.blocks, width: width - 4).map { $0.isEmpty ? "" : "    " + $0 } }
    if alert.kind.numbered != nil, let item = context.numbering?.item(at: position) {
      let heading = "\(item.kind.name(context.strings)) \(item.number)" + (title.isEmpty ? "." : " (\(title)).")
      return wrap(heading, width: width) + [""] + body()
    }
    switch alert.kind {
    case .proof:
      let heading = context.strings["proof"] + (title.isEmpty ? "" : " " + title) + "."
      var lines = wrap(heading, width: width) + [""] + body()
      if let last = lines.indices.last, !lines[last].isEmpty, TextWidth.cells(lines[last]) + 2 <= width {
        lines[last] += " ∎"
      } else {
        lines.append("    ∎")
      }
      return lines
    case .exercise:
      exerciseCount += 1
      let heading = "\(context.strings["exercise"]) \(exerciseCount)" + (title.isEmpty ? "" : ": " + title)
      let note = context.strings["answer-at-end"].replacingOccurrences(of: "%@", with: String(exerciseCount))
      return wrap(heading, width: width) + [""] + body() + ["", "    (\(note))"]
    case .answer:
      answers.append((exerciseCount, alert.blocks))
      return []
    default:
      let label = alert.kind.label.uppercased() + (title.isEmpty ? "" : ": " + title)
      return ["[\(label)]"] + render(alert.blocks, width: width - 4).map { $0.isEmpty ? "" : "    " + $0 }
    }
  }

  private func renderCell(_ block: ExecutableBlock, _ output: BlockOutput) -> [String] {
    var lines: [String] = []
    let figure = context.numbering?.item(at: block.code.position).flatMap { $0.kind == .figure ? $0 : nil }
    if !block.options.hidden {
      lines += indent(figure == nil ? block.code.literal : FigureOptions.displayed(block.code.literal))
    }
    if !block.options.hidden, let twin = context.twins[block.index], !twin.options.hidden {
      lines += ["", "    Python (NumPy):"] + indent(twin.code.literal)
    }
    if !block.options.noOutput && !output.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines.append("    \(context.strings["output"]):")
      var printed = OutputFences.normalized(output.text).split(separator: "\n", omittingEmptySubsequences: false)
      printed.removeLast()
      lines += printed.map(outputLine)
    }
    if let figure {
      let caption = context.numbering?.figures[block.line]?.caption.map { render($0) } ?? ""
      let title = "\(figure.kind.name(context.strings)) \(figure.number)" + (caption.isEmpty ? "" : ": " + caption)
      lines += [""] + wrap(title, width: TextRenderer.width - 4).map { "    " + $0 }
    }
    return lines
  }

  private func render(_ table: Table) -> [String] {
    let header = table.header.map { render($0) }
    let rows = table.rows.map { $0.map { render($0) } }
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    var widths = Array(repeating: 0, count: columns)
    for row in [header] + rows {
      for (j, cell) in row.enumerated() { widths[j] = max(widths[j], TextWidth.cells(cell)) }
    }
    func line(_ cells: [String]) -> String {
      (0..<columns).map { j in
        let cell = j < cells.count ? cells[j] : ""
        let pad = widths[j] - TextWidth.cells(cell)
        let alignment = j < table.alignments.count ? table.alignments[j] : .none
        switch alignment {
        case .right: return String(repeating: " ", count: pad) + cell
        case .center:
          return String(repeating: " ", count: pad / 2) + cell + String(repeating: " ", count: pad - pad / 2)
        default: return cell + String(repeating: " ", count: pad)
        }
      }.joined(separator: "  ")
    }
    return [line(header), widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ")]
      + rows.map(line)
  }

  func render(_ inlines: [Inline]) -> String {
    var text = ""
    for inline in inlines {
      switch inline {
      case .text(let s): text += s
      case .softBreak: text += " "
      case .lineBreak: text += "\n"
      case .code(let s): text += "`\(s)`"
      case .emphasis(let c), .strong(let c): text += render(c)
      case .strikethrough(let c): text += "~" + render(c) + "~"
      case .link(let destination, _, let content, _):
        let label = render(content)
        let target = resolve(destination)
        if label == destination || destination.hasPrefix("#") {
          text += label
        } else {
          references.append(target)
          text += "\(label) [\(references.count)]"
        }
      case .image(let source, _, let alt, _):
        references.append(source)
        text += "[Image: \(render(alt))] [\(references.count)]"
      case .html(let raw): text += HTMLText.strippingTags(raw)
      case .math(let math):
        text += context.renderMath(math, asHTML: false)
      case .footnoteReference(let number, _):
        text += "[^\(number)]"
      case .citation(let citation):
        text += context.resolve(citation).map(\.text).joined()
      }
    }
    return text
  }

  /// Links to other lessons point at their text chapters.
  private func resolve(_ destination: String) -> String {
    let page = context.resolve(destination)
    guard page != destination, let dot = page.range(of: ".html") else { return destination }
    return page[..<dot.lowerBound] + ".txt" + page[dot.upperBound...]
  }

  // MARK: Layout helpers

  private func indent(_ code: String) -> [String] {
    var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// `marker` before the first line, spaces of the same width before the others.
  private func hang(_ marker: String, _ body: [String]) -> [String] {
    let pad = String(repeating: " ", count: TextWidth.cells(marker))
    return body.enumerated().map { i, line in i == 0 ? marker + line : (line.isEmpty ? "" : pad + line) }
  }

  /// Greedy word wrap; hard line breaks are kept; a word longer than the line stands alone.
  func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        let w = TextWidth.cells(word)
        if lineWidth > 0 && lineWidth + 1 + w > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        if lineWidth > 0 {
          line += " "
          lineWidth += 1
        }
        line += word
        lineWidth += w
      }
      lines.append(line)
    }
    return lines
  }

}

extension String {
  fileprivate func trimmed(of set: String) -> String {
    let chars = Set(set)
    var s = Substring(self)
    while let f = s.first, chars.contains(f) { s = s.dropFirst() }
    while let l = s.last, chars.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
