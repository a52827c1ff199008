/// Escaping for HTML text and attribute values. Every piece of program output
/// and author text goes through here; only renderer-made markup is raw.
enum HTMLEscape {
  static func text(_ s: String) -> String { escape(s, apostrophe: false) }

  /// For attribute values: also escapes `'`, so either quote style is safe.
  static func attribute(_ s: String) -> String { escape(s, apostrophe: true) }

  private static func escape(_ s: String, apostrophe: Bool) -> String {
    // Most text needs no escaping: check the bytes first, and copy only when needed.
    let utf8 = s.utf8
    let needsWork =
      utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { isSpecial($0, apostrophe) } }
      ?? utf8.contains { isSpecial($0, apostrophe) }
    guard needsWork else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + utf8.count / 8)
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "&"): out += Array("&amp;".utf8)
      case UInt8(ascii: "<"): out += Array("&lt;".utf8)
      case UInt8(ascii: ">"): out += Array("&gt;".utf8)
      case UInt8(ascii: "\""): out += Array("&quot;".utf8)
      case UInt8(ascii: "'") where apostrophe: out += Array("&#39;".utf8)
      case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: out += [0xEF, 0xBF, 0xBD]  // U+FFFD
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Bytes that must not reach a page as they are: markup characters and C0
  /// controls (but tab and newlines).
  @inline(__always)
  private static func isSpecial(_ byte: UInt8, _ apostrophe: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
    case UInt8(ascii: "'"): return apostrophe
    case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return true
    default: return false
    }
  }

  /// GFM's tagfilter: raw HTML may not open these tags.
  static func tagFilter(_ html: String) -> String {
    let banned = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
    var out = ""
    var rest = Substring(html)
    while let lt = rest.firstIndex(of: "<") {
      out += rest[..<lt]
      let after = rest[rest.index(after: lt)...]
      let name = after.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter }).lowercased()
      let follower = after.drop(while: { $0 == "/" }).dropFirst(name.count).first
      if banned.contains(name), follower == nil || follower == ">" || follower == "/" || follower!.isWhitespace {
        out += "&lt;"
      } else {
        out += "<"
      }
      rest = after
    }
    return out + rest
  }
}
