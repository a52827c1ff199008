import Markdown

/// Renders a lesson's Markdown, with its executed outputs, to an HTML fragment.
final class HTMLRenderer {
  struct Heading: Codable {
    var level: Int
    var text: String
    var id: String
  }

  var context: RenderContext
  private(set) var headings: [Heading] = []
  private var slugger = Slugger()
  /// Footnote definitions, by number.
  private var footnotes: [Int: [Block]] = [:]
  /// How often each footnote has been referenced so far: the k-th reference to
  /// note n is `fnref-n` (k = 1) or `fnref-n-k`, and the note links back to each.
  private var footnoteReferences: [Int: Int] = [:]
  /// Exercises seen so far; an answer belongs to the latest one.
  private(set) var exerciseCount = 0

  init(context: RenderContext) {
    self.context = context
  }

  /// The page body for the whole document.
  func render(_ document: Document) -> String {
    var html = render(document.blocks)
    if let references = context.citations?.references(), !references.isEmpty {
      let title = context.strings["references"]
      let id = slugger.slug(for: "references")
      headings.append(Heading(level: 2, text: title, id: id))
      let numeric = references.first?.label != nil
      html += "<section class=\"references\" role=\"doc-bibliography\" aria-labelledby=\"\(id)\">\n"
      html +=
        "<h2 id=\"\(id)\">\(HTMLEscape.text(title))</h2>\n<ul class=\"reference-list\(numeric ? " numeric" : "")\">\n"
      for entry in references {
        let label = entry.label.map { "<span class=\"reference-label\">\(HTMLEscape.text($0))</span> " } ?? ""
        html +=
          "<li id=\"ref-\(HTMLEscape.attribute(entry.key))\">\(label)\(Self.html(entry.spans))</li>\n"
      }
      html += "</ul>\n</section>\n"
    }
    if !footnotes.isEmpty {
      // Notes may reference notes: render every body before counting back-links.
      let numbers = footnotes.keys.sorted()
      let bodies = numbers.map { render(footnotes[$0]!) }
      html += "<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n"
      for (number, body) in zip(numbers, bodies) {
        let backLinks = (1...max(1, footnoteReferences[number] ?? 0)).map { k in
          let target = Self.footnoteReferenceID(number, occurrence: k)
          context.links.append(("#" + target, footnotePositions[number] ?? SourcePosition(line: 1, column: 1)))
          let label = k == 1 ? "Back to text" : "Back to reference \(k)"
          return
            "<a href=\"#\(target)\" class=\"footnote-back\" aria-label=\"\(label)\">↩\(k == 1 ? "" : "<sup>\(k)</sup>")</a>"
        }
        // Back-links end the note's last paragraph, as on GitHub.
        let links = backLinks.joined(separator: " ")
        let note =
          body.hasSuffix("</p>\n") ? body.dropLast("</p>\n".count) + " " + links + "</p>\n" : body + links + "\n"
        html += "<li id=\"fn-\(number)\" value=\"\(number)\">\n\(note)</li>\n"
      }
      html += "</ol>\n</section>\n"
    }
    return html
  }

  /// A reference-list entry's formatted text.
  static func html(_ spans: [RichText]) -> String {
    spans.map { span in
      switch span {
      case .text(let text): HTMLEscape.text(text)
      case .emphasis(let text): "<em>\(HTMLEscape.text(text))</em>"
      case .link(let text, let url): "<a href=\"\(HTMLEscape.attribute(url))\">\(HTMLEscape.text(text))</a>"
      }
    }.joined()
  }

  /// Where each footnote is defined (for the link check of its back-links).
  private var footnotePositions: [Int: SourcePosition] = [:]

  static func footnoteReferenceID(_ number: Int, occurrence: Int) -> String {
    occurrence == 1 ? "fnref-\(number)" : "fnref-\(number)-\(occurrence)"
  }

  func render(_ blocks: [Block], tight: Bool = false) -> String {
    var html = ""
    var skipNext = false
    for (i, block) in blocks.enumerated() {
      if skipNext {
        skipNext = false
        continue
      }
      if case .codeBlock(let code) = block, let cell = context.cells[code.position.line] {
        html += renderCell(cell.block, cell.output)
        if i + 1 < blocks.count, case .codeBlock(let next) = blocks[i + 1], next.isFenced, next.language == "output",
          cell.block.recorded == next
        {
          skipNext = true
        }
        continue
      }
      // A twin is part of its block's cell (setup twins are not shown).
      if case .codeBlock(let code) = block, context.twinLines.contains(code.position.line) { continue }
      // A table's caption paragraph is part of the table.
      if case .table(let table) = block, let caption = context.numbering?.tableCaptions[table.position] {
        html += render(table, caption: caption)
        skipNext = true
        continue
      }
      html += render(block, tight: tight)
    }
    return html
  }

  private func render(_ block: Block, tight: Bool) -> String {
    switch block {
    case .paragraph(let inlines, _):
      return tight ? render(inlines) + "\n" : "<p>\(render(inlines))</p>\n"
    case .heading(let level, let inlines, _):
      // Anchors come from the source text (stable, as GitHub's); the contents list shows formulas as Unicode.
      let id = slugger.slug(for: inlines.plainText)
      headings.append(Heading(level: level, text: ReadableText.of(inlines, math: context.math), id: id))
      return "<h\(level) id=\"\(HTMLEscape.attribute(id))\">\(render(inlines))</h\(level)>\n"
    case .blockQuote(let inner, let position):
      if let alert = Alert(inner) { return render(alert, at: position) }
      if let unknown = Alert.unknownMarker(inner) {
        let known = Alert.Kind.allCases.map(\.rawValue)
        let nearest = NearestMatch.nearest(to: unknown.uppercased(), in: known) ?? "NOTE"
        context.diagnostics.append(
          Diagnostic(
            path: context.lesson.displayPath, line: position.line, column: position.column,
            message: "unknown alert `[!\(unknown)]`; did you mean `[!\(nearest)]`?"))
      }
      return "<blockquote>\n\(render(inner))</blockquote>\n"
    case .list(let list):
      var html: String
      switch list.kind {
      case .bullet: html = "<ul>\n"
      case .ordered(let start): html = start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
      }
      for item in list.items {
        var body = render(item.blocks, tight: list.isTight)
        if let checked = item.checked {
          body = "<input type=\"checkbox\" disabled\(checked ? " checked" : "")> " + body
        }
        html += "<li>\(body)</li>\n"
      }
      if case .bullet = list.kind { html += "</ul>\n" } else { html += "</ol>\n" }
      return html
    case .codeBlock(let code):
      let language = code.language.isEmpty ? "" : " class=\"language-\(HTMLEscape.attribute(code.language))\""
      let body =
        code.language == "swift"
        ? SwiftHighlighter.html(code.literal)
        : code.language == "python" ? PythonHighlighter.html(code.literal) : HTMLEscape.text(code.literal)
      return "<pre class=\"code\"><code\(language)>\(body)</code></pre>\n"
    case .html(let raw, _):
      return HTMLEscape.tagFilter(raw)
    case .thematicBreak:
      return "<hr>\n"
    case .table(let table):
      return render(table)
    case .displayMath(let math):
      let formula = context.renderMath(math, asHTML: true)
      guard let item = context.numbering?.item(at: math.position) else {
        return "<div class=\"math display\">\(formula)</div>\n"
      }
      let id = item.anchor.isEmpty ? "" : " id=\"\(HTMLEscape.attribute(item.anchor))\""
      return
        "<div class=\"math display numbered\"\(id)>\(formula)<span class=\"eq-number\">(\(HTMLEscape.text(item.number)))</span></div>\n"
    case .footnoteDefinition(let number, _, let blocks, let position):
      footnotes[number] = blocks
      footnotePositions[number] = position
      return ""
    }
  }

  /// Callouts, numbered exercises, and answers collapsed under their exercise.
  private func render(_ alert: Alert, at position: SourcePosition) -> String {
    let kind = alert.kind
    if kind.numbered != nil, let item = context.numbering?.item(at: position) {
      let name = item.kind.name(context.strings)
      let title = alert.title.isEmpty ? "" : " <span class=\"theorem-name\">(\(render(alert.title)))</span>"
      return """
        <section class="theorem theorem-\(item.kind.rawValue)" id="\(HTMLEscape.attribute(item.anchor))" aria-label="\(name) \(item.number)">
        <p class="theorem-title"><span class="theorem-label">\(name) \(item.number)</span>\(title)</p>
        \(render(alert.blocks))</section>

        """
    }
    switch kind {
    case .proof:
      let proof = context.strings["proof"]
      // `[!PROOF] of @thm-bayes` reads "Proof of Theorem 4.2."
      let title = alert.title.isEmpty ? proof : proof + " " + render(alert.title)
      var body = render(alert.blocks)
      let qed = "<span class=\"qed\" role=\"img\" aria-label=\"\(context.strings["end-of-proof"])\">∎</span>"
      body = body.hasSuffix("</p>\n") ? body.dropLast("</p>\n".count) + " " + qed + "</p>\n" : body + "<p>\(qed)</p>\n"
      // The title runs into the first paragraph, as amsthm sets it.
      if body.hasPrefix("<p>") {
        body = "<p><span class=\"proof-title\">\(title).</span> " + body.dropFirst(3)
      } else {
        body = "<p class=\"proof-title\">\(title).</p>\n" + body
      }
      return """
        <section class="proof" aria-label="\(proof)">
        \(body)</section>

        """
    case .exercise:
      exerciseCount += 1
      let title = alert.title.isEmpty ? "" : " <span class=\"exercise-name\">\(render(alert.title))</span>"
      return """
        <section class="exercise" id="exercise-\(exerciseCount)" aria-label="\(context.strings["exercise"]) \(exerciseCount)">
        <p class="exercise-title"><span class="exercise-number">\(context.strings["exercise"]) \(exerciseCount)</span>\(title)</p>
        \(render(alert.blocks))</section>

        """
    case .answer:
      if exerciseCount == 0 {
        context.diagnostics.append(
          Diagnostic(
            path: context.lesson.displayPath, line: position.line, column: position.column,
            message: "an answer must follow the exercise it answers (`> [!EXERCISE] Title`)"))
      }
      return """
        <details class="answer" id="answer-\(exerciseCount)">
        <summary>\(context.strings["show-answer"]) \(exerciseCount)</summary>
        <div class="answer-body">
        \(render(alert.blocks))</div>
        </details>

        """
    default:
      let name = kind.rawValue.lowercased()
      let title = alert.title.isEmpty ? kind.label : render(alert.title)
      return """
        <aside class="callout callout-\(name)" role="note" aria-label="\(kind.label)">
        <p class="callout-title">\(AlertIcons.svg(kind))<span>\(title)</span></p>
        \(render(alert.blocks))</aside>

        """
    }
  }

  private func render(_ table: Table, caption: TableCaption? = nil) -> String {
    func style(_ column: Int) -> String {
      guard column < table.alignments.count else { return "" }
      switch table.alignments[column] {
      case .none: return ""
      case .left: return " style=\"text-align: left\""
      case .center: return " style=\"text-align: center\""
      case .right: return " style=\"text-align: right\""
      }
    }
    var html = "<div class=\"table-wrap\"><table>\n"
    var closing = ""
    // A numbered table is a figure whose caption sits above it (a `<caption>` would be only as wide as the table).
    if let caption, let item = context.numbering?.item(at: table.position) {
      html =
        "<figure class=\"table\" id=\"\(HTMLEscape.attribute(item.anchor))\">\n<figcaption><span class=\"caption-label\">\(item.kind.name(context.strings)) \(item.number):</span> \(render(caption.text))</figcaption>\n"
        + html
      closing = "</figure>\n"
    }
    html += "<thead>\n<tr>"
    for (j, cell) in table.header.enumerated() { html += "<th\(style(j))>\(render(cell))</th>" }
    html += "</tr>\n</thead>\n"
    if !table.rows.isEmpty {
      html += "<tbody>\n"
      for row in table.rows {
        html += "<tr>"
        for (j, cell) in row.enumerated() { html += "<td\(style(j))>\(render(cell))</td>" }
        html += "</tr>\n"
      }
      html += "</tbody>\n"
    }
    return html + "</table></div>\n" + closing
  }

  /// A `swift-run` block: its code, then its output attached below it.
  private func renderCell(_ block: ExecutableBlock, _ output: BlockOutput) -> String {
    // A block with a (shown) python twin gets Swift | Python tabs over one output panel. Without
    // JavaScript the tabs stay hidden and both programs show, the Python one labelled.
    let twin = block.options.hidden ? nil : context.twins[block.index].flatMap { $0.options.hidden ? nil : $0 }
    var html = "<div class=\"cell\(twin == nil ? "" : " has-twin")\" id=\"cell-\(block.index + 1)\">\n"
    if twin != nil {
      html +=
        "<div class=\"lang-tabs\" role=\"tablist\" aria-label=\"Language\">"
        + "<button type=\"button\" role=\"tab\" class=\"lang-tab\" data-lang=\"swift\" aria-selected=\"true\">Swift</button>"
        + "<button type=\"button\" role=\"tab\" class=\"lang-tab\" data-lang=\"python\" aria-selected=\"false\">Python</button>"
        + "</div>\n"
    }
    let figure = context.numbering?.item(at: block.code.position).flatMap { $0.kind == .figure ? $0 : nil }
    let figureCount = output.segments.filter { if case .figure = $0 { true } else { false } }.count
    if !block.options.hidden {
      let code = figure == nil ? block.code.literal : FigureOptions.displayed(block.code.literal)
      html +=
        "<pre class=\"code\" data-lang=\"swift\"><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n"
    }
    if let twin {
      html +=
        "<pre class=\"code twin\" data-lang=\"python\"><code class=\"language-python\">\(PythonHighlighter.html(twin.code.literal))</code></pre>\n"
    }
    if !block.options.noOutput && !output.isEmpty {
      let label = context.strings["output"]
      html +=
        "<div class=\"output\" role=\"group\" aria-label=\"\(label)\">\n<div class=\"output-label\">\(label)</div>\n"
      var figuresSeen = 0
      for segment in output.segments {
        switch segment {
        case .text(let text):
          guard !text.isEmpty else { continue }
          // The newline after `<pre>` is the one HTML drops, so a leading blank line survives.
          html += "<pre class=\"output-text\">\n\(TerminalText(text).html)</pre>\n"
        case .figure(let svg, _):
          figuresSeen += 1
          guard let figure else {
            html += "<figure class=\"plot\">\(SVGSanitizer.clean(svg))</figure>\n"
            continue
          }
          // A numbered figure: the id on its first panel, the caption under its last.
          let id = figuresSeen == 1 ? " id=\"\(HTMLEscape.attribute(figure.anchor))\"" : ""
          var caption = ""
          if figuresSeen == figureCount {
            let text = context.numbering?.figures[block.line]?.caption.map { render($0) } ?? ""
            caption =
              "<figcaption><span class=\"caption-label\">\(figure.kind.name(context.strings)) \(figure.number)\(text.isEmpty ? "" : ":")</span> \(text)</figcaption>"
          }
          html += "<figure class=\"plot numbered\"\(id)>\(SVGSanitizer.clean(svg))\(caption)</figure>\n"
        }
      }
      html += "</div>\n"
    }
    if let figure, figureCount == 0 {
      context.report(
        block.code.position,
        "this block is \(figure.label.map { "figure `\($0)`" } ?? "a captioned figure") but shows none; call `show(_:)` on a figure, or drop its `//| label:`/`//| fig-cap:` lines"
      )
    }
    return html + "</div>\n"
  }

  func render(_ inlines: [Inline]) -> String {
    var html = ""
    for inline in inlines {
      switch inline {
      case .text(let s): html += HTMLEscape.text(s)
      case .softBreak: html += "\n"
      case .lineBreak: html += "<br>\n"
      case .code(let s): html += "<code>\(HTMLEscape.text(s))</code>"
      case .emphasis(let c): html += "<em>\(render(c))</em>"
      case .strong(let c): html += "<strong>\(render(c))</strong>"
      case .strikethrough(let c): html += "<del>\(render(c))</del>"
      case .link(let destination, let title, let content, let position):
        context.links.append((destination, position))
        let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscape.attribute(title))\""
        html +=
          "<a href=\"\(HTMLEscape.attribute(context.resolve(destination)))\"\(titleAttribute)>\(render(content))</a>"
      case .image(let source, let title, let alt, let position):
        context.links.append((source, position))
        let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscape.attribute(title))\""
        html +=
          "<img src=\"\(HTMLEscape.attribute(source))\" alt=\"\(HTMLEscape.attribute(ReadableText.of(alt, math: context.math)))\"\(titleAttribute)>"
      case .html(let raw): html += HTMLEscape.tagFilter(raw)
      case .math(let math):
        let rendered = context.renderMath(math, asHTML: true)
        html += math.isDisplay ? "<span class=\"math display\">\(rendered)</span>" : rendered
      case .footnoteReference(let number, let position):
        let occurrence = (footnoteReferences[number] ?? 0) + 1
        footnoteReferences[number] = occurrence
        context.links.append(("#fn-\(number)", position))
        let id = Self.footnoteReferenceID(number, occurrence: occurrence)
        html +=
          "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(id)\" role=\"doc-noteref\">\(number)</a></sup>"
      case .citation(let citation):
        for segment in context.resolve(citation) {
          if let href = segment.href {
            let kind = href.hasPrefix("#ref-") ? "citation" : "xref"
            html += "<a class=\"\(kind)\" href=\"\(HTMLEscape.attribute(href))\">\(HTMLEscape.text(segment.text))</a>"
          } else {
            html += HTMLEscape.text(segment.text)
          }
        }
      }
    }
    return html
  }
}

/// Figures come from lesson programs: keep the SVG element, drop anything that could run script.
enum SVGSanitizer {
  static func clean(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return HTMLEscape.text(svg) }
    var body = String(svg[start.lowerBound...])
    body = body.replacing(#/<(/?)(script|foreignObject|iframe)/#.ignoresCase()) { "<\($0.1)removed-\($0.2)" }
    body = body.replacing(#/\son([a-zA-Z]+)\s*=/#) { " data-removed-on\($0.1)=" }
    return body
  }
}
