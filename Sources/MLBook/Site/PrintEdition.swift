import Foundation

/// The course as a book to print: one HTML document for the whole course (title page,
/// contents, every chapter with numbered headings and its answers at its end) and one
/// per chapter, laid out by a print stylesheet for Chromium to turn into PDF.
///
/// The chapters' rendered bodies are reused as they are; only what a single document
/// needs changes: ids get the chapter's prefix (`c09-eq-mse`, so "Exercise 1" of two
/// chapters can both be linked), links between pages become links inside the book,
/// collapsed answers move to the end of their chapter, and Python twins are left out.
struct PrintEdition {
  struct Chapter {
    var lesson: Lesson
    /// The page body as the site shows it.
    var body: String
  }

  let title: String
  let description: String
  let strings: InterfaceStrings
  let chapters: [Chapter]

  /// `04-probability.html` → the chapter's id in the book (`c04`).
  private var chapterIDs: [String: String] {
    Dictionary(chapters.map { ($0.lesson.pageName, Self.id($0.lesson)) }, uniquingKeysWith: { a, _ in a })
  }

  static func id(_ lesson: Lesson) -> String {
    let part = lesson.frontMatter.part
    return part < 10 && part >= 0 ? "c0\(part)" : "c\(part)"
  }

  /// The whole course.
  func book() -> String {
    var html = head(title: title)
    html += "<section class=\"title-page\">\n<h1 class=\"book-title\">\(HTMLEscape.text(title))</h1>\n"
    if !description.isEmpty { html += "<p class=\"book-description\">\(HTMLEscape.text(description))</p>\n" }
    html += "</section>\n<nav class=\"book-toc\" aria-labelledby=\"book-contents\">\n"
    html += "<h2 id=\"book-contents\" class=\"unnumbered\">\(HTMLEscape.text(strings["contents"]))</h2>\n<ol>\n"
    for chapter in chapters {
      let front = chapter.lesson.frontMatter
      html +=
        "<li><a href=\"#\(Self.id(chapter.lesson))\"><span class=\"toc-part\">\(HTMLEscape.text(strings["part"])) \(front.part)</span> \(HTMLEscape.text(front.title))</a></li>\n"
    }
    html += "</ol>\n</nav>\n"
    for chapter in chapters { html += self.chapter(chapter, inBook: true) }
    return html + "</body>\n</html>\n"
  }

  /// One chapter on its own; links to other chapters point at their pages on the site.
  func standalone(_ chapter: Chapter) -> String {
    head(title: "\(strings["part"]) \(chapter.lesson.frontMatter.part): \(chapter.lesson.frontMatter.title) — \(title)")
      + self.chapter(chapter, inBook: false) + "</body>\n</html>\n"
  }

  private func head(title: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(HTMLEscape.attribute(strings.language))">
    <head>
    <meta charset="utf-8">
    <title>\(HTMLEscape.text(title))</title>
    <link rel="stylesheet" href="assets/style.css">
    <link rel="stylesheet" href="assets/math.css">
    <style>\(Self.stylesheet)</style>
    </head>
    <body class="print">

    """
  }

  private func chapter(_ chapter: Chapter, inBook: Bool) -> String {
    let id = Self.id(chapter.lesson)
    let front = chapter.lesson.frontMatter
    var body = prefixed(chapter.body, chapter: id, inBook: inBook)
    let answers = Self.answers(in: &body)
    var html =
      "<article class=\"book-chapter\" id=\"\(id)\" style=\"counter-reset: chapter \(front.part) section\">\n<header>\n"
    html += "<p class=\"part-label\">\(HTMLEscape.text(strings["part"])) \(front.part)</p>\n"
    html += "<h1>\(HTMLEscape.text(front.title))</h1>\n"
    if !front.subtitle.isEmpty { html += "<p class=\"subtitle\">\(HTMLEscape.text(front.subtitle))</p>\n" }
    html += "</header>\n" + body
    if !answers.isEmpty {
      html += "<section class=\"book-answers\">\n<h2 class=\"unnumbered\">\(HTMLEscape.text(strings["answers"]))</h2>\n"
      for answer in answers {
        html +=
          "<div class=\"book-answer\" id=\"\(answer.id)\">\n<h3 class=\"unnumbered\">\(HTMLEscape.text(strings["answer"])) \(answer.number)</h3>\n\(answer.body)</div>\n"
      }
      html += "</section>\n"
    }
    return html + "</article>\n"
  }

  /// Ids and the links to them, made unique to the chapter within the book.
  private func prefixed(_ body: String, chapter id: String, inBook: Bool) -> String {
    // Plain substitutions, not regular expressions: a course's bodies are megabytes, and this
    // runs on every build that has editions.
    let pages = chapterIDs
    var bytes = ByteText.replacing(" id=\"", with: " id=\"\(id)-", in: Array(body.utf8))
    bytes = ByteText.replacing("href=\"#", with: "href=\"#\(id)-", in: bytes)
    bytes = ByteText.replacing("url(#", with: "url(#\(id)-", in: bytes)
    // Links to other chapters go inside the book. A chapter printed alone has nowhere to send
    // them (a relative link in a PDF resolves against wherever the file was printed), so there
    // they stay as text.
    if inBook {
      for (page, target) in pages.sorted(by: { $0.key < $1.key }) where ByteText.contains("href=\"\(page)", in: bytes) {
        bytes = ByteText.replacing("href=\"\(page)#", with: "href=\"#\(target)-", in: bytes)
        bytes = ByteText.replacing("href=\"\(page)\"", with: "href=\"#\(target)\"", in: bytes)
      }
    }
    let linksOut = !inBook && pages.keys.contains { ByteText.contains("href=\"\($0)", in: bytes) }
    var html = String(decoding: bytes, as: UTF8.self)
    if linksOut { html = Self.unlinking(html, pages: Set(pages.keys)) }
    // Section headings become part of the numbering, except the reference list.
    html = html.replacingOccurrences(
      of: "<section class=\"references\"", with: "<section class=\"references unnumbered-section\"")
    return html
  }

  /// Takes the collapsed answers out of `body`, to print them at the chapter's end.
  static func answers(in body: inout String) -> [(id: String, number: String, body: String)] {
    let open = "<details class=\"answer\" id=\""
    guard ByteText.contains(open, in: Array(body.utf8)) else { return [] }
    var found: [(String, String, String)] = []
    var kept = ""
    var cursor = body.startIndex
    while let start = body.range(of: open, range: cursor..<body.endIndex),
      let idEnd = body[start.upperBound...].firstIndex(of: "\""),
      let summaryEnd = body.range(of: "</summary>\n<div class=\"answer-body\">\n", range: idEnd..<body.endIndex),
      let close = body.range(of: "</div>\n</details>\n", range: summaryEnd.upperBound..<body.endIndex)
    {
      // "Show answer 3": the number ends the summary.
      let number = String(body[idEnd..<summaryEnd.lowerBound].reversed().prefix(while: \.isNumber).reversed())
      found.append(
        (String(body[start.upperBound..<idEnd]), number, String(body[summaryEnd.upperBound..<close.lowerBound])))
      kept += body[cursor..<start.lowerBound]
      cursor = close.upperBound
    }
    kept += body[cursor...]
    body = kept
    return found
  }

  /// `html` with each link to one of `pages` (`<a href="04-x.html#y">text</a>`) made plain text.
  static func unlinking(_ html: String, pages: Set<String>) -> String {
    var result = ""
    var cursor = html.startIndex
    while let open = html.range(of: "<a ", range: cursor..<html.endIndex),
      let tagEnd = html[open.upperBound...].firstIndex(of: ">")
    {
      let tag = html[open.lowerBound...tagEnd]
      let target = tag.range(of: "href=\"").map { tag[$0.upperBound...].prefix { $0 != "\"" && $0 != "#" } }
      guard let target, pages.contains(String(target)),
        let close = html.range(of: "</a>", range: tagEnd..<html.endIndex)
      else {
        result += html[cursor...tagEnd]
        cursor = html.index(after: tagEnd)
        continue
      }
      result += html[cursor..<open.lowerBound] + "<span class=\"xref\">"
      result += html[html.index(after: tagEnd)..<close.lowerBound] + "</span>"
      cursor = close.upperBound
    }
    return result + html[cursor...]
  }

  /// A4 pages numbered at the foot, chapters on new pages, numbered section headings,
  /// code wrapped rather than cut, light colours whatever the reader's theme.
  static let stylesheet = """
    @page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page); font-size: 9pt; color: #444; } }
    @page cover { @bottom-center { content: none; } }
    html { color-scheme: light; }
    body.print { display: block; font-size: 10.5pt; line-height: 1.5; background: #fff; }
    .title-page { page: cover; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
    .book-title { font-size: 26pt; line-height: 1.2; margin: 0 0 1rem; }
    .book-description { font-size: 13pt; color: #444; max-width: 34em; margin: 0 auto; }
    .book-toc { break-after: page; }
    .book-toc ol { list-style: none; padding: 0; }
    .book-toc li { margin: .35rem 0; }
    .book-toc a { color: inherit; text-decoration: none; }
    .toc-part { display: inline-block; min-width: 5.5em; color: #444; }
    .book-chapter { break-before: page; }
    .book-chapter > header h1 { font-size: 22pt; margin: .2rem 0; }
    .book-chapter h2 { counter-increment: section; counter-reset: subsection; break-after: avoid; }
    .book-chapter h3 { counter-increment: subsection; break-after: avoid; }
    .book-chapter h2:not(.unnumbered)::before { content: counter(chapter) "." counter(section) "\\2002"; }
    .book-chapter h3:not(.unnumbered)::before { content: counter(chapter) "." counter(section) "." counter(subsection) "\\2002"; }
    .unnumbered-section h2::before { content: none !important; }
    pre, pre code, .output-text { white-space: pre-wrap; overflow-wrap: anywhere; }
    .output { max-height: none !important; overflow: visible !important; }
    .math.display, math[display="block"], .table-wrap { overflow: visible !important; }
    figure.plot, .theorem, table { break-inside: avoid; }
    pre.code.twin, .lang-tabs, .copy-button { display: none !important; }
    a { color: inherit; }
    .book-answers { break-before: page; }
    .book-answer h3 { font-size: 1.05rem; }
    """
}
