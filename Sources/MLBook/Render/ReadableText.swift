import Markdown

/// Author text where only plain text can go — a table of contents, the search
/// index, `<title>`, breadcrumbs, `llms.txt`, image alt text — with every formula
/// written as the Unicode the text chapter uses (`$\ell_2$` → `ℓ₂`), never as TeX.
enum ReadableText {
  /// The text a reader sees in `inlines`, formulas as Unicode text. A formula
  /// that does not convert stays as its TeX (the renderers report it).
  static func of(_ inlines: [Inline], math: MathRendering) -> String {
    var text = ""
    for inline in inlines {
      switch inline {
      case .math(let formula):
        let inlineFormula = Math(tex: formula.tex, isDisplay: false, position: formula.position)
        text += (try? math.text(inlineFormula)) ?? formula.tex
      case .emphasis(let content), .strong(let content), .strikethrough(let content), .link(_, _, let content, _),
        .image(_, _, let content, _):
        text += of(content, math: math)
      default:
        text += inline.plainText
      }
    }
    return text
  }

  /// A front-matter string (a title, a summary) as readable text: inline
  /// Markdown with math is read as such; anything else stays as written.
  static func of(frontMatter value: String, math: MathRendering) -> String {
    guard value.contains("$") else { return value }
    let document = MarkdownParser.parse(value)
    guard document.blocks.count == 1, case .paragraph(let inlines, _) = document.blocks[0] else { return value }
    return of(inlines, math: math)
  }
}
