import Foundation

/// The site's static search index: one entry per section (a page's `##`/`###`
/// headings), with the section's prose. It is a script that sets a global, so the
/// search box works from `file://` as well as over HTTP.
struct SearchIndex {
  struct Entry: Encodable {
    /// Page and anchor: `09-ml-specific-math.html#huber-loss`.
    var url: String
    /// "Part 9 › Huber loss".
    var title: String
    var text: String
  }

  private(set) var entries: [Entry] = []

  /// Splits a rendered page body at its section headings and keeps the prose
  /// (no code, outputs, figures or TeX sources).
  mutating func add(page: String, label: String, pageTitle: String, html: String) {
    let prose = Self.prose(html)
    var sections: [(id: String?, title: String, text: String)] = [(nil, pageTitle, "")]
    var rest = Substring(prose)
    while let start = rest.range(of: "\u{1}") {
      sections[sections.count - 1].text += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      guard let mid = after.firstIndex(of: "\u{2}"), let end = after.firstIndex(of: "\u{3}") else { break }
      let id = String(after[..<mid])
      let title = String(after[after.index(after: mid)..<end])
      sections.append((id, title, ""))
      rest = after[after.index(after: end)...]
    }
    sections[sections.count - 1].text += rest
    for section in sections {
      let text = Self.collapse(section.text)
      guard !text.isEmpty || section.id == nil else { continue }
      let url = section.id.map { page + "#" + $0 } ?? page
      let title = section.id == nil ? "\(label): \(pageTitle)" : "\(label) › \(Self.collapse(section.title))"
      entries.append(Entry(url: url, title: title, text: text))
    }
  }

  /// `assets/search-index.js`.
  func script() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    return "window.MLBOOK_SEARCH_INDEX = \(json);\n"
  }

  /// Words of prose in a page body, for reading time.
  static func wordCount(_ html: String) -> Int {
    collapse(prose(html).filter { $0 != "\u{1}" && $0 != "\u{2}" && $0 != "\u{3}" }).split(separator: " ").count
  }

  /// The text of an HTML fragment without code, outputs, figures and TeX
  /// annotations; section headings become `\u{1}id\u{2}title\u{3}` markers.
  static func prose(_ html: String) -> String {
    var text = html
    for tag in ["pre", "svg", "annotation", "script", "style"] {
      text = removeElements(tag, from: text)
    }
    text = text.replacing(#/<h[23] id="([^"]*)">(.*?)</h[23]>/#) { "\u{1}\($0.1)\u{2}\(stripTags(String($0.2)))\u{3}" }
    return decodeEntities(stripTags(text))
  }

  private static func removeElements(_ tag: String, from html: String) -> String {
    var out = ""
    var rest = Substring(html)
    while let open = rest.range(of: "<\(tag)") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "</\(tag)>") else {
        rest = rest[rest.endIndex...]
        break
      }
      out += " "
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  private static func stripTags(_ html: String) -> String {
    var out = ""
    var inTag = false
    for ch in html {
      if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false; out.append(" ") } else if !inTag { out.append(ch) }
    }
    return out
  }

  private static func decodeEntities(_ text: String) -> String {
    text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
      .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
  }

  static func collapse<S: StringProtocol>(_ text: S) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }
}
