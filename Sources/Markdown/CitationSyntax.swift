/// Finds Pandoc-style citations in the text of a paragraph: `@key`, `[@key]`,
/// `[@key, p. 3]`, `[see @a; @b]` and `[-@key]`.
///
/// cmark leaves them as text (a bracket with no link after it is literal), so
/// they are picked out of the text runs after parsing. A key starts with a
/// letter, digit or `_`; inside it, punctuation from `:.#$%&-+?<>~/` is allowed
/// when a letter or digit follows (Pandoc's rule), so `@eq-mse.` ends at `e`.
/// An `@` right after a letter or digit (`ada@example.org`) starts nothing.
enum CitationSyntax {
  enum Piece: Equatable {
    case text(String)
    case citation(items: [Citation.Item], isBracketed: Bool, source: String)
  }

  /// `text` split into plain text and citations; `nil` when it has none (the common case, kept cheap).
  static func scan(_ text: String) -> [Piece]? {
    guard text.utf8.contains(UInt8(ascii: "@")) else { return nil }
    let chars = Array(text.unicodeScalars)
    var pieces: [Piece] = []
    var plain = String.UnicodeScalarView()
    var i = 0
    func flush() {
      if !plain.isEmpty { pieces.append(.text(String(plain))) }
      plain = String.UnicodeScalarView()
    }
    while i < chars.count {
      let c = chars[i]
      if c == "[", let (items, end) = bracketed(chars, from: i) {
        flush()
        let source = String(String.UnicodeScalarView(chars[i...end]))
        pieces.append(.citation(items: items, isBracketed: true, source: source))
        i = end + 1
        continue
      }
      if c == "@", i == 0 || !isKeyCharacter(chars[i - 1]), let end = keyEnd(chars, from: i + 1) {
        flush()
        let key = String(String.UnicodeScalarView(chars[(i + 1)..<end]))
        pieces.append(.citation(items: [Citation.Item(key: key)], isBracketed: false, source: "@" + key))
        i = end
        continue
      }
      plain.append(c)
      i += 1
    }
    flush()
    return pieces.contains(where: { if case .citation = $0 { true } else { false } }) ? pieces : nil
  }

  private static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_"
  }

  private static let internalPunctuation: Set<Unicode.Scalar> = [
    ":", ".", "#", "$", "%", "&", "-", "+", "?", "<", ">", "~", "/",
  ]

  /// The index just past a key that starts at `start`, if one does.
  private static func keyEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start < chars.count, isKeyCharacter(chars[start]) else { return nil }
    var i = start + 1
    while i < chars.count {
      if isKeyCharacter(chars[i]) {
        i += 1
      } else if internalPunctuation.contains(chars[i]), i + 1 < chars.count, isKeyCharacter(chars[i + 1]) {
        i += 2
      } else {
        break
      }
    }
    return i
  }

  /// A bracketed citation opening at `start`: its items and the index of its `]`.
  /// Every `;`-separated part must hold one `@key`; anything else is an ordinary bracket.
  private static func bracketed(_ chars: [Unicode.Scalar], from start: Int) -> ([Citation.Item], Int)? {
    var end = start + 1
    while end < chars.count, chars[end] != "]" {
      if chars[end] == "[" { return nil }
      end += 1
    }
    guard end < chars.count, end > start + 1 else { return nil }
    var items: [Citation.Item] = []
    var partStart = start + 1
    for j in (start + 1)...end where j == end || chars[j] == ";" {
      guard let item = item(Array(chars[partStart..<j])) else { return nil }
      items.append(item)
      partStart = j + 1
    }
    return (items, end)
  }

  /// One part of a bracketed citation: `prefix -@key, locator`.
  private static func item(_ part: [Unicode.Scalar]) -> Citation.Item? {
    guard let at = part.firstIndex(of: "@") else { return nil }
    var prefixEnd = at
    let suppresses = at > 0 && part[at - 1] == "-"
    if suppresses { prefixEnd -= 1 }
    // The prefix is separate words: `see @key`, not `see@key`.
    if prefixEnd > 0, !part[prefixEnd - 1].properties.isWhitespace { return nil }
    guard let end = keyEnd(part, from: at + 1) else { return nil }
    let key = String(String.UnicodeScalarView(part[(at + 1)..<end]))
    var rest = part[end...].drop(while: { $0.properties.isWhitespace })
    if rest.first == "," { rest = rest.dropFirst() }
    let locator = trimmed(rest)
    // A second key in one part (`[@a @b]`) is not a citation Pandoc would read either.
    if locator.unicodeScalars.contains("@") { return nil }
    return Citation.Item(
      key: key, prefix: trimmed(part[..<prefixEnd]), locator: locator, suppressesAuthor: suppresses)
  }

  private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let body = scalars.drop(while: { $0.properties.isWhitespace }).reversed().drop(while: {
      $0.properties.isWhitespace
    }).reversed()
    return String(String.UnicodeScalarView(body))
  }
}
