import Foundation

/// The site's static search index: one entry per section (a page's `##`/`###`
/// headings), with the section's prose. It is a script that sets a global, so the
/// search box works from `file://` as well as over HTTP.
struct SearchIndex {
  struct Entry: Encodable, Sendable {
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
    add(Self.entries(page: page, label: label, pageTitle: pageTitle, html: html))
  }

  mutating func add(_ entries: [Entry]) {
    self.entries += entries
  }

  /// A page's entries: what ``add(page:label:pageTitle:html:)`` adds.
  static func entries(page: String, label: String, pageTitle: String, html: String) -> [Entry] {
    var entries: [Entry] = []
    let prose = HTMLText.prose(html)
    var sections: [(id: String?, title: String, text: Substring)] = []
    var current: (id: String?, title: String) = (nil, pageTitle)
    for (n, chunk) in prose.split(separator: "\u{1}", omittingEmptySubsequences: false).enumerated() {
      guard n > 0 else {
        sections.append((nil, pageTitle, chunk))
        continue
      }
      // `id \u{2} heading \u{3} text…`
      let parts = chunk.split(separator: "\u{2}", maxSplits: 1, omittingEmptySubsequences: false)
      let rest = parts.count > 1 ? parts[1] : ""
      let headingAndText = rest.split(separator: "\u{3}", maxSplits: 1, omittingEmptySubsequences: false)
      current = (String(parts[0]), String(headingAndText[0]))
      sections.append((current.id, current.title, headingAndText.count > 1 ? headingAndText[1] : ""))
    }
    for section in sections {
      let text = Self.collapse(section.text)
      guard !text.isEmpty || section.id == nil else { continue }
      let url = section.id.map { page + "#" + $0 } ?? page
      let title = section.id == nil ? "\(label): \(pageTitle)" : "\(label) › \(Self.collapse(section.title))"
      entries.append(Entry(url: url, title: title, text: text))
    }
    return entries
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
    var count = 0
    var inWord = false
    for byte in HTMLText.prose(html, formulas: false).utf8 {
      let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte < 0x04
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  static func collapse<S: StringProtocol>(_ text: S) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }
}
