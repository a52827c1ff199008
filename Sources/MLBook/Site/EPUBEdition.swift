import Foundation
import ZIPFoundation

/// The course as an EPUB 3 book (`course.epub`): one XHTML document per part, with its
/// formulas as MathML and its figures as SVG, which EPUB reading systems render, a
/// navigation document listing parts and sections, and the answers at each part's end.
///
/// The pages' HTML becomes XHTML by closing void elements, giving boolean attributes
/// values and putting MathML and SVG in their namespaces; Python twins and the
/// site's controls are left out. The archive follows OCF: `mimetype` first and stored,
/// fixed dates, an identifier derived from the title — the same bytes on every build.
struct EPUBEdition {
  let title: String
  let description: String
  let strings: InterfaceStrings
  let chapters: [PrintEdition.Chapter]
  /// The site's files the chapters may show (`img/plot.png`), by path.
  let resources: [String: Data]

  private func file(_ chapter: PrintEdition.Chapter) -> String { PrintEdition.id(chapter.lesson) + ".xhtml" }

  /// The archive's files, in order.
  func files() -> [(path: String, data: Data)] {
    var files: [(String, Data)] = [("mimetype", Data("application/epub+zip".utf8))]
    files.append(("META-INF/container.xml", Data(Self.container.utf8)))
    var manifest: [String] = [
      "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>",
      "<item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>",
      "<item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>",
    ]
    var spine = ["<itemref idref=\"title-page\"/>", "<itemref idref=\"nav\"/>"]
    var documents: [(String, Data)] = [("EPUB/title.xhtml", Data(titlePage().utf8))]
    var images: [String: Data] = [:]
    var toc: [(file: String, title: String, sections: [(id: String, text: String)])] = []
    let pages = Dictionary(
      chapters.map { ($0.lesson.pageName, file($0)) }, uniquingKeysWith: { a, _ in a })
    for chapter in chapters {
      let name = file(chapter)
      let id = PrintEdition.id(chapter.lesson)
      let body = Self.xhtml(chapter.body, pages: pages)
      var properties: [String] = []
      if body.contains("<math") { properties.append("mathml") }
      if body.contains("<svg") { properties.append("svg") }
      manifest.append(
        "<item id=\"\(id)\" href=\"\(name)\" media-type=\"application/xhtml+xml\""
          + (properties.isEmpty ? "" : " properties=\"\(properties.joined(separator: " "))\"") + "/>")
      spine.append("<itemref idref=\"\(id)\"/>")
      documents.append(("EPUB/" + name, Data(document(chapter, body: body).utf8)))
      for source in Self.localSources(in: body) where images[source] == nil {
        if let data = resources[source] { images[source] = data }
      }
      let front = chapter.lesson.frontMatter
      toc.append((name, "\(strings["part"]) \(front.part): \(front.title)", Self.sections(in: body)))
    }
    for (index, (path, _)) in images.sorted(by: { $0.key < $1.key }).enumerated() {
      manifest.append(
        "<item id=\"image-\(index + 1)\" href=\"\(Self.xmlText(path))\" media-type=\"\(Self.mediaType(path))\"/>")
    }
    files.append(("EPUB/package.opf", Data(package(manifest: manifest, spine: spine).utf8)))
    files.append(("EPUB/nav.xhtml", Data(navigation(toc).utf8)))
    files.append(("EPUB/style.css", Data(Self.stylesheet.utf8)))
    files += documents
    for (path, data) in images.sorted(by: { $0.key < $1.key }) { files.append(("EPUB/" + path, data)) }
    return files
  }

  /// The EPUB archive.
  func archive() throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    let date = Date(timeIntervalSince1970: 315_532_800)
    for (path, data) in files() {
      // OCF: `mimetype` first and stored, so a reader can sniff the type from the first bytes.
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, permissions: 0o644,
        compressionMethod: path == "mimetype" ? .none : .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return archive.data ?? Data()
  }

  // MARK: Documents

  private var language: String { strings.language }

  private func head(_ title: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(language)" xml:lang="\(language)">
    <head>
    <meta charset="utf-8"/>
    <title>\(Self.xmlText(title))</title>
    <link rel="stylesheet" type="text/css" href="style.css"/>
    </head>

    """
  }

  private func titlePage() -> String {
    head(title) + "<body>\n<section class=\"title-page\" epub:type=\"titlepage\">\n<h1>\(Self.xmlText(title))</h1>\n"
      + (description.isEmpty ? "" : "<p>\(Self.xmlText(description))</p>\n") + "</section>\n</body>\n</html>\n"
  }

  private func document(_ chapter: PrintEdition.Chapter, body: String) -> String {
    let front = chapter.lesson.frontMatter
    var body = body
    let answers = PrintEdition.answers(in: &body)
    var html = head("\(strings["part"]) \(front.part): \(front.title)")
    html += "<body>\n<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"chapter-title\">\n"
    html += "<header>\n<p class=\"part-label\">\(Self.xmlText(strings["part"])) \(front.part)</p>\n"
    html += "<h1 id=\"chapter-title\">\(Self.xmlText(front.title))</h1>\n"
    if !front.subtitle.isEmpty { html += "<p class=\"subtitle\">\(Self.xmlText(front.subtitle))</p>\n" }
    html += "</header>\n" + body
    if !answers.isEmpty {
      html += "<section class=\"answers\" aria-labelledby=\"answers\">\n"
      html += "<h2 id=\"answers\">\(Self.xmlText(strings["answers"]))</h2>\n"
      for answer in answers {
        html +=
          "<section class=\"answer\" id=\"\(answer.id)\">\n<h3>\(Self.xmlText(strings["answer"])) \(answer.number)</h3>\n\(answer.body)</section>\n"
      }
      html += "</section>\n"
    }
    return html + "</section>\n</body>\n</html>\n"
  }

  private func navigation(_ toc: [(file: String, title: String, sections: [(id: String, text: String)])]) -> String {
    var html = head(strings["contents"]) + "<body>\n<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n"
    html += "<h1>\(Self.xmlText(strings["contents"]))</h1>\n<ol>\n"
    for entry in toc {
      html += "<li><a href=\"\(entry.file)\">\(Self.xmlText(entry.title))</a>"
      if !entry.sections.isEmpty {
        html += "\n<ol>\n"
        for section in entry.sections {
          html += "<li><a href=\"\(entry.file)#\(section.id)\">\(Self.xmlText(section.text))</a></li>\n"
        }
        html += "</ol>\n"
      }
      html += "</li>\n"
    }
    return html + "</ol>\n</nav>\n</body>\n</html>\n"
  }

  private func package(manifest: [String], spine: [String]) -> String {
    var identity = ContentHash("mlbook-epub-identifier")
    identity.add(title)
    let hex = Array(identity.hex.prefix(32))
    let uuid = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(language)">
      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:identifier id="book-id">urn:uuid:\(uuid)</dc:identifier>
      <dc:title>\(Self.xmlText(title))</dc:title>
      <dc:language>\(language)</dc:language>
      \(description.isEmpty ? "" : "<dc:description>\(Self.xmlText(description))</dc:description>\n")<meta property="dcterms:modified">2000-01-01T00:00:00Z</meta>
      </metadata>
      <manifest>
      \(manifest.joined(separator: "\n"))
      </manifest>
      <spine>
      \(spine.joined(separator: "\n"))
      </spine>
      </package>

      """
  }

  private static let container = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
    </rootfiles>
    </container>

    """

  // MARK: HTML to XHTML

  /// A page body as XHTML: void elements closed, boolean attributes valued, MathML and SVG
  /// in their namespaces, links between parts pointing at the book's files, twins left out.
  static func xhtml(_ body: String, pages: [String: String]) -> String {
    // Plain scans and substitutions: regular expressions over a course's megabytes would
    // cost seconds on every build.
    var html = body
    // The Python twin and the language tabs are the site's; the book shows the Swift course.
    html = removing(html, from: "<div class=\"lang-tabs\"", through: "</div>\n")
    html = removing(html, from: "<pre class=\"code twin\"", through: "</pre>\n")
    var bytes = ByteText.closingVoidElements(Array(html.utf8))
    let mathML = "xmlns=\"http://www.w3.org/1998/Math/MathML\""
    bytes = ByteText.replacing("<math " + mathML, with: "<math ", in: bytes)
    bytes = ByteText.replacing("<math ", with: "<math \(mathML) ", in: bytes)
    bytes = ByteText.replacing("<math>", with: "<math \(mathML)>", in: bytes)
    let svg = "xmlns=\"http://www.w3.org/2000/svg\""
    bytes = ByteText.replacing("<svg " + svg, with: "<svg ", in: bytes)
    bytes = ByteText.replacing("<svg ", with: "<svg \(svg) ", in: bytes)
    // HTML's named characters that XML does not know.
    for (name, character) in [
      ("nbsp", "\u{A0}"), ("ndash", "–"), ("mdash", "—"), ("hellip", "…"), ("times", "×"), ("middot", "·"),
      ("copy", "©"), ("rsquo", "’"), ("lsquo", "‘"), ("rdquo", "”"), ("ldquo", "“"),
    ] where ByteText.contains("&\(name);", in: bytes) {
      bytes = ByteText.replacing("&\(name);", with: character, in: bytes)
    }
    for (page, file) in pages.sorted(by: { $0.key < $1.key }) where ByteText.contains("href=\"\(page)", in: bytes) {
      bytes = ByteText.replacing("href=\"\(page)#", with: "href=\"\(file)#", in: bytes)
      bytes = ByteText.replacing("href=\"\(page)\"", with: "href=\"\(file)\"", in: bytes)
    }
    let booleans = ByteText.contains(" disabled", in: bytes) || ByteText.contains(" checked", in: bytes)
    html = String(decoding: bytes, as: UTF8.self)
    if booleans {
      html = html.replacing(#/ (disabled|checked)(?=[\s/>])/#) { " \($0.1)=\"\($0.1)\"" }
    }
    return html
  }

  /// `html` without each run from `from` through the next `through`.
  static func removing(_ html: String, from: String, through: String) -> String {
    guard ByteText.contains(from, in: Array(html.utf8)) else { return html }
    var result = ""
    var cursor = html.startIndex
    while let start = html.range(of: from, range: cursor..<html.endIndex),
      let end = html.range(of: through, range: start.upperBound..<html.endIndex)
    {
      result += html[cursor..<start.lowerBound]
      cursor = end.upperBound
    }
    return result + html[cursor...]
  }

  /// The chapter's sections for the navigation document: each `<h2 id>` and its text.
  static func sections(in body: String) -> [(id: String, text: String)] {
    var found: [(String, String)] = []
    var cursor = body.startIndex
    while let open = body.range(of: "<h2 id=\"", range: cursor..<body.endIndex),
      let idEnd = body[open.upperBound...].firstIndex(of: "\""),
      let close = body.range(of: "</h2>", range: idEnd..<body.endIndex)
    {
      var inner = String(body[body.index(after: idEnd)..<close.lowerBound].dropFirst())
      inner = removing(inner, from: "<annotation", through: "</annotation>")
      found.append((String(body[open.upperBound..<idEnd]), HTMLText.strippingTags(inner)))
      cursor = close.upperBound
    }
    return found
  }

  /// Relative image sources in the body (`img/plot.png`).
  static func localSources(in body: String) -> [String] {
    guard body.contains("<img ") else { return [] }
    return body.matches(of: #/<img [^>]*src="([^"]+)"/#).map { String($0.1) }.filter {
      !$0.contains("://") && !$0.hasPrefix("data:") && !$0.hasPrefix("/")
    }
  }

  static func mediaType(_ path: String) -> String {
    switch path.split(separator: ".").last?.lowercased() ?? "" {
    case "png": "image/png"
    case "jpg", "jpeg": "image/jpeg"
    case "gif": "image/gif"
    case "svg": "image/svg+xml"
    case "webp": "image/webp"
    default: "application/octet-stream"
    }
  }

  static func xmlText(_ text: String) -> String { HTMLEscape.text(text) }

  /// Plain CSS that reading systems take: no custom properties, light and dark left to the reader.
  static let stylesheet = """
    body { line-height: 1.5; }
    .title-page { text-align: center; margin-top: 30%; }
    .part-label { text-transform: uppercase; letter-spacing: .08em; font-size: .8em; margin-bottom: 0; }
    .subtitle { font-size: 1.15em; margin-top: 0; }
    pre { white-space: pre-wrap; font-size: .85em; padding: .5em .7em; border: 1px solid #bbb; }
    .output { border: 1px solid #bbb; border-top: none; padding: 0 .7em; margin-bottom: 1em; }
    .output-label { font-size: .75em; text-transform: uppercase; letter-spacing: .06em; padding-top: .3em; }
    .output pre.output-text { border: none; padding: .3em 0; }
    .cell { margin: 1em 0; }
    .cell > pre.code { margin-bottom: 0; }
    figure { margin: .5em 0; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { font-size: .92em; margin-top: .3em; }
    .caption-label { font-weight: bold; }
    table { border-collapse: collapse; margin: .5em 0; }
    th, td { border: 1px solid #999; padding: .2em .5em; }
    .math.display { display: block; margin: .8em 0; text-align: center; }
    .eq-number { float: right; }
    .callout, .theorem, .exercise { border-left: 4px solid #888; padding: .3em .8em; margin: 1em 0; }
    .callout-title, .exercise-title { font-weight: bold; }
    .theorem-label { font-weight: bold; }
    .proof-title { font-style: italic; }
    .qed { float: right; }
    .reference-list { list-style: none; padding-left: 0; }
    .reference-list li { margin-bottom: .5em; }
    .footnotes { font-size: .9em; }
    """
}
