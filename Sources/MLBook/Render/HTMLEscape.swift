/// Escaping for HTML text and attribute values. Every piece of program output
/// and author text goes through here; only renderer-made markup is raw.
enum HTMLEscape {
  static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\u{1}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func attribute(_ s: String) -> String { text(s).replacing("'", with: "&#39;") }

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
