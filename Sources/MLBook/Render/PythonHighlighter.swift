import Foundation

/// Syntax colouring for the python twins' code, with the Swift highlighter's classes
/// (`hl-kw` keywords, `hl-str` strings, `hl-num` numbers, `hl-com` comments, `hl-ty`
/// builtin names and `None`/`True`/`False`, `hl-attr` decorators).
///
/// A small lexer of Python's tokens (Python Language Reference §2): strings with
/// their prefixes (`f`, `r`, `b`, combined) and triple quotes spanning lines,
/// comments, numbers (`1_000`, `0x1f`, `1e-9`, `2j`) and names. It only colours: the
/// text is escaped and kept byte for byte, and anything it does not recognise is plain.
enum PythonHighlighter {
  static let keywords: Set<String> = [
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield", "match", "case",
  ]
  static let constants: Set<String> = ["None", "True", "False"]

  static func html(_ code: String) -> String {
    let chars = Array(code.unicodeScalars)
    var html = ""
    var i = 0
    func emit(_ kind: String?, _ range: Range<Int>) {
      var text = ""
      text.unicodeScalars.append(contentsOf: chars[range])
      let escaped = HTMLEscape.text(text)
      html += kind.map { "<span class=\"hl-\($0)\">\(escaped)</span>" } ?? escaped
    }
    func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isXIDStart }
    func isNameContinue(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isXIDContinue }
    while i < chars.count {
      let c = chars[i]
      if c == "#" {
        var j = i
        while j < chars.count && chars[j] != "\n" { j += 1 }
        emit("com", i..<j)
        i = j
      } else if let end = stringEnd(chars, from: i) {
        emit("str", i..<end)
        i = end
      } else if c == "@", i == 0 || chars[i - 1] == "\n" || chars[i - 1] == " " {
        var j = i + 1
        while j < chars.count && (isNameContinue(chars[j]) || chars[j] == ".") { j += 1 }
        emit(j > i + 1 ? "attr" : nil, i..<j)
        i = j
      } else if isNameStart(c) {
        var j = i + 1
        while j < chars.count && isNameContinue(chars[j]) { j += 1 }
        var word = ""
        word.unicodeScalars.append(contentsOf: chars[i..<j])
        emit(keywords.contains(word) ? "kw" : constants.contains(word) ? "ty" : nil, i..<j)
        i = j
      } else if c.properties.numericType != nil && ("0"..."9").contains(c)
        || (c == "." && i + 1 < chars.count && ("0"..."9").contains(chars[i + 1]))
      {
        var j = i + 1
        while j < chars.count {
          let d = chars[j]
          let exponentSign = (d == "+" || d == "-") && (chars[j - 1] == "e" || chars[j - 1] == "E")
          guard d.properties.isXIDContinue || d == "." || exponentSign else { break }
          j += 1
        }
        emit("num", i..<j)
        i = j
      } else {
        emit(nil, i..<(i + 1))
        i += 1
      }
    }
    return html
  }

  /// The end of a string literal starting at `start` (with its prefix), or `nil` if none starts there.
  static func stringEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
    var i = start
    var prefix = 0
    while i < chars.count, prefix < 2, "rRbBfFuU".unicodeScalars.contains(chars[i]) {
      i += 1
      prefix += 1
    }
    guard i < chars.count, chars[i] == "\"" || chars[i] == "'" else { return nil }
    // A prefix must not be the end of a longer name (`buffer"…"` is not a string).
    if prefix > 0, start > 0, chars[start - 1] == "_" || chars[start - 1].properties.isXIDContinue { return nil }
    let quote = chars[i]
    let triple = i + 2 < chars.count && chars[i + 1] == quote && chars[i + 2] == quote
    var j = i + (triple ? 3 : 1)
    while j < chars.count {
      // A backslash keeps the next character inside the string, in raw strings too (r"\"" is one string).
      if chars[j] == "\\" {
        j += 2
        continue
      }
      if !triple && chars[j] == "\n" { return j }
      if chars[j] == quote {
        if !triple { return j + 1 }
        if j + 2 < chars.count && chars[j + 1] == quote && chars[j + 2] == quote { return j + 3 }
      }
      j += 1
    }
    return min(j, chars.count)
  }
}
