/// Substitutions on UTF-8 bytes, for rewriting megabytes of generated HTML on every build:
/// `String`'s own methods walk characters (grapheme clusters) or bridge to UTF-16, and cost
/// seconds on a course where these take milliseconds.
enum ByteText {
  /// `text` with every `old` replaced by `new`, left to right, without overlaps.
  static func replacing(_ old: String, with new: String, in text: [UInt8]) -> [UInt8] {
    let needle = Array(old.utf8)
    let replacement = Array(new.utf8)
    guard let first = needle.first, text.count >= needle.count else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.count + text.count / 16)
    var i = 0
    var copied = 0
    let last = text.count - needle.count
    while i <= last {
      if text[i] == first && text[i..<(i + needle.count)].elementsEqual(needle) {
        out.append(contentsOf: text[copied..<i])
        out.append(contentsOf: replacement)
        i += needle.count
        copied = i
      } else {
        i += 1
      }
    }
    out.append(contentsOf: text[copied...])
    return out
  }

  /// Whether `text` holds `needle`.
  static func contains(_ needle: String, in text: [UInt8]) -> Bool {
    let bytes = Array(needle.utf8)
    guard let first = bytes.first, text.count >= bytes.count else { return false }
    var i = 0
    while i <= text.count - bytes.count {
      if text[i] == first && text[i..<(i + bytes.count)].elementsEqual(bytes) { return true }
      i += 1
    }
    return false
  }

  /// HTML's void elements (`<br>`, `<img …>`) closed as XML wants them (`<br/>`).
  static func closingVoidElements(_ text: [UInt8]) -> [UInt8] {
    let names: Set<[UInt8]> = Set(
      ["br", "hr", "img", "input", "col", "wbr", "source", "meta", "link"].map { Array($0.utf8) })
    func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
    var out: [UInt8] = []
    out.reserveCapacity(text.count + 1024)
    var i = 0
    while i < text.count {
      let byte = text[i]
      out.append(byte)
      i += 1
      guard byte == UInt8(ascii: "<") else { continue }
      var end = i
      while end < text.count, isLetter(text[end]) { end += 1 }
      guard end > i, end < text.count, names.contains(Array(text[i..<end])),
        text[end] == UInt8(ascii: " ") || text[end] == UInt8(ascii: "/") || text[end] == UInt8(ascii: ">")
      else { continue }
      var close = end
      while close < text.count, text[close] != UInt8(ascii: ">") { close += 1 }
      guard close < text.count else { continue }
      out.append(contentsOf: text[i..<close])
      if text[close - 1] != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
      out.append(UInt8(ascii: ">"))
      i = close + 1
    }
    return out
  }
}
