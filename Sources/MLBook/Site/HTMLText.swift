/// Linear scans over rendered HTML (pages can be megabytes: no repeated string searches).
enum HTMLText {
  /// The values of every `id="…"` attribute.
  static func ids(in html: String) -> Set<String> {
    let bytes = Array(html.utf8)
    let marker = Array(" id=\"".utf8)
    var ids = Set<String>()
    var i = 0
    while let start = find(marker, in: bytes, from: i) {
      let valueStart = start + marker.count
      guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
      ids.insert(String(decoding: bytes[valueStart..<end], as: UTF8.self))
      i = end
    }
    return ids
  }

  /// The prose of a page body: tags become spaces; code, outputs, figures and
  /// formulas are dropped; each `<h2 id>`/`<h3 id>` becomes
  /// `\u{1}id\u{2}heading text\u{3}` so the text can be split into sections.
  ///
  /// - Parameter formulas: Whether a formula reads as its text form (`alttext`,
  ///   for the search index) or is left out (for counting words of prose).
  static func prose(_ html: String, formulas: Bool = true) -> String {
    let bytes = Array(html.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 2)
    let skipped = ["pre", "svg", "math", "script", "style"].map { Array($0.utf8) }
    // Tags within a run of text: no space where they stand (`the <a>L²</a> space.`).
    let inlineElements = Set(
      ["a", "em", "strong", "del", "code", "sup", "sub", "span", "b", "i", "mark"].map { Array($0.utf8) })
    var inHeading: [UInt8]? = nil
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      guard byte == UInt8(ascii: "<") else {
        out.append(byte)
        i += 1
        continue
      }
      guard let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { break }
      let tag = bytes[(i + 1)..<close]
      let name = Array(tag.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") })
      if let skip = skipped.first(where: { $0 == name }) {
        let end = Array("</".utf8) + skip + [UInt8(ascii: ">")]
        i = (find(end, in: bytes, from: close) ?? bytes.count - end.count) + end.count
        // A formula reads as its text form (`alttext`); code, outputs and figures are left out.
        if formulas, name == Array("math".utf8), let text = attribute("alttext", in: [UInt8(ascii: " ")] + Array(tag)) {
          out += text
        } else {
          out.append(UInt8(ascii: " "))
        }
        continue
      }
      if name == Array("h2".utf8) || name == Array("h3".utf8), let id = attribute("id", in: Array(tag)) {
        out.append(0x01)
        out += id
        out.append(0x02)
        inHeading = name
      } else if let heading = inHeading, tag.first == UInt8(ascii: "/"), Array(tag.dropFirst()) == heading {
        out.append(0x03)
        inHeading = nil
      } else if !inlineElements.contains(
        Array(
          tag.drop(while: { $0 == UInt8(ascii: "/") }).prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") }))
      {
        out.append(UInt8(ascii: " "))
      }
      i = close + 1
    }
    return decodeEntities(String(decoding: out, as: UTF8.self))
  }

  /// The text of a raw HTML fragment: tags removed, entities decoded.
  static func strippingTags(_ html: String) -> String {
    var out = ""
    var inTag = false
    for ch in html {
      if ch == "<" {
        inTag = true
      } else if ch == ">" && inTag {
        inTag = false
      } else if !inTag {
        out.append(ch)
      }
    }
    return decodeEntities(out)
  }

  private static func attribute(_ name: String, in tag: [UInt8]) -> [UInt8]? {
    let marker = Array(" \(name)=\"".utf8)
    guard let start = find(marker, in: tag, from: 0) else { return nil }
    let valueStart = start + marker.count
    guard let end = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    return Array(tag[valueStart..<end])
  }

  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, start >= 0 else { return nil }
    var i = start
    while i + needle.count <= bytes.count {
      if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  private static func decodeEntities(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    // One pass over the bytes (five `replacing` passes cost a sixth of a build's time on big pages).
    let entities: [(name: [UInt8], value: UInt8)] = [
      (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
      (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
      (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    scan: while i < bytes.count {
      if bytes[i] == UInt8(ascii: "&") {
        for entity in entities where bytes[i...].starts(with: entity.name) {
          out.append(entity.value)
          i += entity.name.count
          continue scan
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
