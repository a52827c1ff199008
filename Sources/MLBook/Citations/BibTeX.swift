import Foundation

/// A problem in a `.bib` file, located where the author can fix it.
///
/// `line` and `column` are 1-based; the column counts UTF-8 bytes, as the other
/// diagnostics of mlbook do, so an editor jumps to the same place.
struct BibTeXError: Error, Sendable, Hashable, CustomStringConvertible {
  var line: Int
  var column: Int
  var message: String

  var description: String { "\(line):\(column): \(message)" }
}

/// A parsed BibTeX database: the entries of one `.bib` file, by key.
///
/// Parsing follows BibTeX's own rules where authors rely on them (text outside
/// entries is a comment, `@string` macros, `#` concatenation, the month macros)
/// and is stricter where BibTeX only warns and carries on (a duplicate key, an
/// unknown macro, an unbalanced brace), because a silently wrong reference list
/// is worse than a clear error.
struct Bibliography: Sendable {
  /// The entries by their citation key, exactly as written in the file.
  var entries: [String: BibEntry]
  /// The keys in the order of the file, for listings that should not depend on hashing.
  var keys: [String]

  init(entries: [BibEntry] = []) {
    self.entries = [:]
    self.keys = []
    for entry in entries where self.entries[entry.key] == nil {
      self.entries[entry.key] = entry
      keys.append(entry.key)
    }
  }

  subscript(key: String) -> BibEntry? { entries[key] }

  /// Parses the text of a `.bib` file.
  ///
  /// Throws the first error, located in `source`; nothing is recovered, so the
  /// author fixes one problem at a time, as with a compiler's first error.
  static func parse(_ source: String) throws(BibTeXError) -> Bibliography {
    var parser = BibTeXParser(source)
    return try parser.parseDatabase()
  }
}

/// One entry of a `.bib` file, with its field values decoded from LaTeX to Unicode.
struct BibEntry: Sendable, Hashable {
  /// The citation key (`lin2017focal`), as written.
  var key: String
  /// The entry type, lowercased (`article`, `inproceedings`).
  var type: String
  /// Field values with LaTeX decoded to Unicode text, by lowercased field name.
  var fields: [String: String]
  /// Field values as written (after macro expansion and `#` concatenation), by lowercased field name.
  var rawFields: [String: String]
  var authors: [PersonName]
  var editors: [PersonName]
  /// The author list ended with `and others`: the reference says "et al.".
  var hasMoreAuthors: Bool
  /// The editor list ended with `and others`.
  var hasMoreEditors: Bool
  /// Where the entry's `@` is in the `.bib` file (1-based).
  var line: Int
  var column: Int

  subscript(field: String) -> String? {
    guard let value = fields[field.lowercased()], !value.isEmpty else { return nil }
    return value
  }

  /// The year: the `year` field, or the leading year of a biblatex `date` (`2019-05-06`).
  var year: String? {
    if let year = self["year"] { return year }
    guard let date = self["date"] else { return nil }
    let digits = date.prefix { $0.isASCII && $0.isNumber }
    return digits.count == 4 ? String(digits) : nil
  }

  var title: String? { self["title"] }

  /// The DOI without a resolver prefix (`10.1109/ICCV.2017.324`), however the author wrote it.
  var doi: String? {
    guard var doi = self["doi"] else { return nil }
    for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
    where doi.lowercased().hasPrefix(prefix) {
      doi = String(doi.dropFirst(prefix.count))
      break
    }
    doi = doi.trimmingCharacters(in: .whitespaces)
    return doi.isEmpty ? nil : doi
  }

  var url: String? { self["url"] }

  /// The arXiv identifier (`1607.06450`) of an `eprint` whose archive is arXiv (or unnamed, with an
  /// arXiv-looking identifier).
  var arXiv: String? {
    guard let eprint = self["eprint"] else { return nil }
    let archive = (self["archiveprefix"] ?? self["eprinttype"])?.lowercased()
    if archive == "arxiv" { return eprint }
    if archive == nil, eprint.first?.isNumber == true, eprint.contains(".") { return eprint }
    return nil
  }
}

/// A person's name split the way BibTeX splits it: given names, a particle
/// ("von" part), family name and suffix ("Jr").
///
/// A name written fully in braces (`{World Health Organization}`) is an
/// institution: one family name, never initialised or reordered.
struct PersonName: Sendable, Hashable {
  var given: String
  var particle: String
  var family: String
  var suffix: String
  var isInstitution: Bool

  init(given: String = "", particle: String = "", family: String, suffix: String = "", isInstitution: Bool = false) {
    self.given = given
    self.particle = particle
    self.family = family
    self.suffix = suffix
    self.isInstitution = isInstitution
  }

  /// The surname as cited: particle and family name (`van der Maaten`).
  var last: String { particle.isEmpty ? family : particle + " " + family }

  /// The given names as initials: `Tsung-Yi` → `T.-Y.`, `Geoffrey E.` → `G. E.`.
  var initials: String {
    given.split(separator: " ").map { word in
      word.split(separator: "-", omittingEmptySubsequences: true).map { part -> String in
        guard let letter = part.first(where: { $0.isLetter }) else { return String(part) }
        return String(letter) + "."
      }.joined(separator: "-")
    }.joined(separator: " ")
  }

  /// A key that orders names alphabetically by family name, then particle and given names,
  /// ignoring case and accents (`Müller` sorts with `Muller`).
  var sortKey: String {
    [family, particle, given, suffix].map(Self.fold).joined(separator: "\u{1}")
  }

  /// `text` without case or accents, for comparisons that should not depend on them.
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: posix)
  }

  private static let posix = Locale(identifier: "en_US_POSIX")
}

// MARK: - Parser

/// The recursive-descent reader of a `.bib` file, over its UTF-8 bytes.
///
/// Positions are byte offsets; `location(_:)` turns one into line and column only
/// when an error or an entry needs it.
private struct BibTeXParser {
  let bytes: [UInt8]
  var position = 0
  /// Byte offsets where lines start, for `location(_:)`.
  let lineStarts: [Int]
  /// `@string` macros by lowercased name; the month macros are predefined, as in BibTeX's styles.
  var macros: [String: String] = [
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November",
    "dec": "December",
  ]

  init(_ source: String) {
    bytes = Array(source.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    lineStarts = starts
  }

  /// The 1-based line and byte column of an offset.
  func location(_ offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }

  func error(at offset: Int, _ message: String) -> BibTeXError {
    let (line, column) = location(offset)
    return BibTeXError(line: line, column: column, message: message)
  }

  var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
  }

  /// A byte that may appear in an entry type, field or macro name: BibTeX excludes
  /// whitespace and `"#%'(),={}`.
  static func isNameByte(_ byte: UInt8) -> Bool {
    if isSpace(byte) { return false }
    return !"\"#%'(),={}@".utf8.contains(byte)
  }

  mutating func skipSpace() {
    while let byte = current, Self.isSpace(byte) { position += 1 }
  }

  mutating func readName() -> String {
    let start = position
    while let byte = current, Self.isNameByte(byte) { position += 1 }
    return text(start..<position)
  }

  mutating func parseDatabase() throws(BibTeXError) -> Bibliography {
    var bibliography = Bibliography()
    var firstLine: [String: Int] = [:]
    var lowercasedKeys: [String: String] = [:]
    while position < bytes.count {
      // Text outside entries is a comment. An `@` inside a word (an e-mail address) starts nothing.
      guard bytes[position] == UInt8(ascii: "@") else {
        position += 1
        continue
      }
      if position > 0, Self.isNameByte(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: ".") {
        position += 1
        continue
      }
      // Nor does an `@` on a line that starts with `%`, the comment mark authors use between entries.
      if isInPercentComment(position) {
        position += 1
        continue
      }
      let at = position
      position += 1
      skipSpace()
      let type = readName().lowercased()
      guard !type.isEmpty else { continue }
      skipSpace()
      if type == "comment" {
        try skipComment()
        continue
      }
      guard let open = current, open == UInt8(ascii: "{") || open == UInt8(ascii: "(") else {
        throw error(at: position, "expected `{` or `(` after `@\(type)`")
      }
      let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
      position += 1
      switch type {
      case "preamble":
        skipSpace()
        _ = try parseValue(field: "@preamble", entry: nil, close: close)
        try expectClose(close, at: at, what: "`@preamble`")
      case "string":
        try parseString(close: close, at: at)
      default:
        var (entry, keyOffset) = try parseEntry(type: type, at: at, close: close)
        if let line = firstLine[entry.key] {
          throw error(at: keyOffset, "entry `\(entry.key)` is defined twice (first on line \(line))")
        }
        if let other = lowercasedKeys[entry.key.lowercased()], let line = firstLine[other] {
          throw error(
            at: keyOffset, "entry `\(entry.key)` differs only in case from `\(other)` (line \(line))")
        }
        let (line, column) = location(at)
        entry.line = line
        entry.column = column
        firstLine[entry.key] = line
        lowercasedKeys[entry.key.lowercased()] = entry.key
        bibliography.entries[entry.key] = entry
        bibliography.keys.append(entry.key)
      }
    }
    return bibliography
  }

  /// Whether the line holding `offset` starts (after spaces) with `%`.
  func isInPercentComment(_ offset: Int) -> Bool {
    var index = lineStarts[location(offset).line - 1]
    while index < offset, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index < offset && bytes[index] == UInt8(ascii: "%")
  }

  /// Skips `@comment{…}` or `@comment(…)`; a bare `@comment` comments out nothing more, as in BibTeX.
  mutating func skipComment() throws(BibTeXError) {
    guard let open = current, open == UInt8(ascii: "{") || open == UInt8(ascii: "(") else { return }
    let start = position
    let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
    var depth = 0
    while let byte = current {
      position += 1
      if byte == open {
        depth += 1
      } else if byte == close {
        depth -= 1
        if depth == 0 { return }
      }
    }
    throw error(at: start, "unbalanced `\(Character(UnicodeScalar(open)))` in `@comment`")
  }

  /// Expects the entry's closing delimiter after optional whitespace.
  mutating func expectClose(_ close: UInt8, at start: Int, what: String) throws(BibTeXError) {
    skipSpace()
    guard current == close else {
      if current == nil {
        throw error(at: start, "\(what) is not closed with `\(Character(UnicodeScalar(close)))`")
      }
      throw error(at: position, "expected `\(Character(UnicodeScalar(close)))` to close \(what)")
    }
    position += 1
  }

  mutating func parseString(close: UInt8, at start: Int) throws(BibTeXError) {
    skipSpace()
    let nameStart = position
    let name = readName()
    guard !name.isEmpty else { throw error(at: nameStart, "expected a macro name after `@string`") }
    skipSpace()
    guard current == UInt8(ascii: "=") else {
      throw error(at: position, "expected `=` after `@string` name `\(name)`")
    }
    position += 1
    skipSpace()
    let value = try parseValue(field: name, entry: "@string", close: close)
    try expectClose(close, at: start, what: "`@string{\(name) = …}`")
    macros[name.lowercased()] = value
  }

  /// Reads an entry after its opening delimiter; returns it with the byte offset of its key
  /// (for a duplicate-key error). The caller sets the entry's line and column.
  mutating func parseEntry(
    type: String, at start: Int, close: UInt8
  ) throws(BibTeXError) -> (entry: BibEntry, keyOffset: Int) {
    skipSpace()
    let keyStart = position
    while let byte = current, !Self.isSpace(byte), byte != UInt8(ascii: ","), byte != close,
      byte != UInt8(ascii: "@")
    {
      position += 1
    }
    let key = text(keyStart..<position)
    guard !key.isEmpty else {
      if current == nil { throw error(at: start, "`@\(type)` entry is not closed and has no key") }
      throw error(at: keyStart, "expected a citation key after `@\(type){`")
    }
    var raw: [String: String] = [:]
    let closeText = "`\(Character(UnicodeScalar(close)))`"
    /// Where each field's value starts, to blame a value that swallowed the entry's end.
    var valueStarts: [(field: String, offset: Int)] = []
    /// The error for an entry that never closes: usually a value's `{` lacks its `}` and took
    /// the following fields and the entry's own `}`; that value is blamed when one looks so.
    func notClosed(_ suffix: String) -> BibTeXError {
      for (field, offset) in valueStarts where Self.swallowsFields(raw[field] ?? "") {
        return error(at: offset, "unbalanced `{` in field `\(field)` of entry `\(key)`")
      }
      return error(at: start, "entry `\(key)` is not closed with \(closeText)" + suffix)
    }
    var lastField: String?
    while true {
      let afterValue = position
      skipSpace()
      guard let byte = current else {
        throw notClosed("")
      }
      if byte == close {
        position += 1
        break
      }
      guard byte == UInt8(ascii: ",") else {
        if byte == UInt8(ascii: "@") {
          throw notClosed(" before the next entry")
        }
        let after = lastField.map { "field `\($0)`" } ?? "the key"
        throw error(at: afterValue, "missing `,` after \(after) in entry `\(key)`")
      }
      position += 1
      skipSpace()
      guard let next = current else {
        throw notClosed("")
      }
      if next == close {
        position += 1
        break
      }
      let nameStart = position
      let field = readName().lowercased()
      guard !field.isEmpty else {
        if next == UInt8(ascii: "@") {
          throw notClosed(" before the next entry")
        }
        throw error(at: nameStart, "expected a field name in entry `\(key)`")
      }
      let afterName = position
      skipSpace()
      guard current == UInt8(ascii: "=") else {
        throw error(at: afterName, "missing `=` after field `\(field)` in entry `\(key)`")
      }
      position += 1
      skipSpace()
      let valueStart = position
      let value = try parseValue(field: field, entry: key, close: close)
      if raw[field] != nil {
        throw error(at: nameStart, "field `\(field)` is given twice in entry `\(key)`")
      }
      raw[field] = value
      valueStarts.append((field, valueStart))
      lastField = field
    }
    return (BibEntry(raw: raw, key: key, type: type), keyStart)
  }

  /// Whether a value holds a line that looks like another field (`  year = 2017,`): the mark of
  /// a `{` that was never closed.
  static func swallowsFields(_ value: String) -> Bool {
    value.range(of: #"\n[ \t]*[A-Za-z][A-Za-z0-9_-]*[ \t]*=[ \t]*[{"0-9A-Za-z]"#, options: .regularExpression) != nil
  }

  /// Reads a value: `{…}`, `"…"`, a number or a macro name, joined by `#`. Returns the
  /// concatenated text as written (macros expanded, outer delimiters removed).
  mutating func parseValue(field: String, entry: String?, close: UInt8) throws(BibTeXError) -> String {
    let place = entry.map { $0 == "@string" ? "`@string` `\(field)`" : "field `\(field)` of entry `\($0)`" } ?? field
    var value = ""
    while true {
      guard let byte = current else { throw error(at: position, "missing value for \(place)") }
      let start = position
      if byte == UInt8(ascii: "{") {
        position += 1
        var depth = 1
        while depth > 0 {
          guard let next = current else { throw error(at: start, "unbalanced `{` in \(place)") }
          if next == UInt8(ascii: "{") { depth += 1 } else if next == UInt8(ascii: "}") { depth -= 1 }
          position += 1
        }
        value += text(start + 1..<position - 1)
      } else if byte == UInt8(ascii: "\"") {
        position += 1
        var depth = 0
        while true {
          guard let next = current else { throw error(at: start, "unterminated `\"` in \(place)") }
          if next == UInt8(ascii: "{") {
            depth += 1
          } else if next == UInt8(ascii: "}") {
            depth -= 1
            // A `}` closing nothing: the quote was never closed and the entry's `}` was reached.
            if depth < 0 { throw error(at: start, "unterminated `\"` in \(place)") }
          } else if next == UInt8(ascii: "\""), depth == 0 {
            break
          }
          position += 1
        }
        position += 1
        value += text(start + 1..<position - 1)
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        while let next = current, next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") { position += 1 }
        value += text(start..<position)
      } else if Self.isNameByte(byte) {
        let name = readName()
        guard let expansion = macros[name.lowercased()] else {
          throw error(at: start, "unknown `@string` `\(name)` in \(place)")
        }
        value += expansion
      } else if byte == close || byte == UInt8(ascii: ",") {
        throw error(at: start, "missing value for \(place)")
      } else {
        throw error(at: start, "expected a value (`{…}`, `\"…\"`, a number or a `@string` name) for \(place)")
      }
      let end = position
      skipSpace()
      guard current == UInt8(ascii: "#") else {
        // Back to the end of the value, so a missing `,` is reported right after it.
        position = end
        return value
      }
      position += 1
      skipSpace()
    }
  }
}

extension BibEntry {
  /// Fields whose values are addresses or identifiers, not prose: they are not decoded from
  /// LaTeX (a `~` in a URL stays a tilde), only stripped of braces and of `\_`-style escapes.
  static let verbatimFields: Set<String> = ["url", "doi", "eprint", "file", "pdf", "isbn", "issn"]

  /// Builds an entry from its raw fields, decoding values and splitting names.
  fileprivate init(raw: [String: String], key: String, type: String) {
    self.key = key
    self.type = type
    rawFields = raw
    var decoded: [String: String] = [:]
    for (field, value) in raw {
      decoded[field] = Self.verbatimFields.contains(field) ? LaTeXText.verbatim(value) : LaTeXText.decode(value)
    }
    fields = decoded
    (authors, hasMoreAuthors) = PersonName.list(raw["author"] ?? "")
    (editors, hasMoreEditors) = PersonName.list(raw["editor"] ?? "")
    line = 0
    column = 0
  }
}

// MARK: - Names

extension PersonName {
  /// Splits an `author` or `editor` value on `and` at brace depth 0 into names.
  /// A final `others` is not a name: it sets the returned flag (the list goes on, "et al.").
  static func list(_ raw: String) -> (names: [PersonName], hasMore: Bool) {
    var names: [PersonName] = []
    var hasMore = false
    for part in splitNames(raw) {
      let words = LaTeXText.words(part)
      if words.count == 1, words[0].lowercased() == "others" {
        hasMore = true
        continue
      }
      if let name = PersonName(parsing: part) { names.append(name) }
    }
    return (names, hasMore)
  }

  /// The parts of `raw` between the words `and` (any case, whitespace on both sides) at brace depth 0.
  static func splitNames(_ raw: String) -> [String] {
    let chars = Array(raw)
    var parts: [String] = []
    var current = ""
    var depth = 0
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "{" { depth += 1 } else if char == "}" { depth = max(depth - 1, 0) }
      if depth == 0, char.isWhitespace, index + 4 < chars.count,
        String(chars[index + 1...index + 3]).lowercased() == "and", chars[index + 4].isWhitespace
      {
        parts.append(current)
        current = ""
        index += 5
        continue
      }
      current.append(char)
      index += 1
    }
    parts.append(current)
    return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }

  /// Reads one name in any of BibTeX's three forms: "First von Last", "von Last, First"
  /// and "von Last, Jr, First". `nil` for an empty name.
  init?(parsing raw: String) {
    let commaParts = LaTeXText.splitTopLevel(raw, on: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    let join = { (words: ArraySlice<String>) in LaTeXText.decode(words.joined(separator: " ")) }
    if commaParts.count == 1 {
      let words = LaTeXText.words(raw)
      guard !words.isEmpty else { return nil }
      if words.count == 1 {
        let word = words[0]
        let braced = word.hasPrefix("{") && word.hasSuffix("}") && LaTeXText.isOneGroup(word) && !word.hasPrefix("{\\")
        self.init(family: LaTeXText.decode(word), isInstitution: braced)
        return
      }
      // The particle runs from the first lowercase word to the last lowercase word before the last word.
      let body = words.dropLast()
      if let firstLower = body.firstIndex(where: { LaTeXText.startsLowercase($0) }) {
        let lastLower = body.lastIndex(where: { LaTeXText.startsLowercase($0) })!
        self.init(
          given: join(words[..<firstLower]), particle: join(words[firstLower...lastLower]),
          family: join(words[(lastLower + 1)...]))
      } else {
        self.init(given: join(body), family: LaTeXText.decode(words.last!))
      }
      return
    }
    let head = LaTeXText.words(commaParts[0])
    guard !head.isEmpty else { return nil }
    let given: String
    let suffix: String
    if commaParts.count == 2 {
      given = LaTeXText.decode(commaParts[1])
      suffix = ""
    } else {
      suffix = LaTeXText.decode(commaParts[1])
      given = LaTeXText.decode(commaParts[2...].joined(separator: " "))
    }
    // In "von Last": the particle is the words up to the last lowercase one, never the final word.
    let body = head.dropLast()
    if let lastLower = body.lastIndex(where: { LaTeXText.startsLowercase($0) }) {
      self.init(
        given: given, particle: join(head[...lastLower]), family: join(head[(lastLower + 1)...]), suffix: suffix)
    } else {
      self.init(given: given, family: join(head[...]), suffix: suffix)
    }
  }
}

// MARK: - LaTeX

/// LaTeX text in field values, decoded to Unicode: accents, special letters, escapes,
/// dashes and quotes, with case-protecting braces and formatting commands dropped.
enum LaTeXText {
  /// Combining marks of the accent commands (`\"o` → o + U+0308 → ö after NFC).
  static let accents: [String: Unicode.Scalar] = [
    "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
    ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
    "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
  ]

  /// Commands that are a letter or a symbol by themselves.
  static let symbols: [String: String] = [
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "SS": "SS", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
    "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "ldots": "…", "dots": "…", "textellipsis": "…",
    "textasciitilde": "~", "textbackslash": "\\", "textunderscore": "_", "textbar": "|", "S": "§", "P": "¶",
    "copyright": "©", "textregistered": "®", "texttrademark": "™", "pounds": "£", "euro": "€",
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "quad": " ", "qquad": " ",
  ]

  /// Commands whose argument is kept as plain text (formatting is dropped).
  static let formatting: Set<String> = [
    "textit", "emph", "textbf", "textsc", "textrm", "texttt", "textsf", "textup", "textmd", "textsl",
    "textnormal", "mbox", "hbox", "text", "url", "nolinkurl", "uppercase", "MakeUppercase", "NoCaseChange",
    "protect",
  ]

  /// Decodes LaTeX to Unicode text, NFC-normalised, whitespace collapsed and trimmed.
  static func decode(_ raw: String) -> String {
    var decoder = Decoder(Array(raw.unicodeScalars))
    let text = decoder.run(untilGroupEnd: false)
    return collapse(text).precomposedStringWithCanonicalMapping
  }

  /// A verbatim field (URL, DOI): braces and `\_`-style escapes removed, nothing else decoded.
  static func verbatim(_ raw: String) -> String {
    var out = ""
    var escaped = false
    for char in raw {
      if escaped {
        out.append(char)
        escaped = false
      } else if char == "\\" {
        escaped = true
      } else if char != "{" && char != "}" {
        out.append(char)
      }
    }
    if escaped { out.append("\\") }
    return out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Runs of whitespace (not the no-break space of `~`) become one space; ends trimmed.
  static func collapse(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    for char in text {
      if char == " " || char == "\t" || char == "\n" || char == "\r" || char == "\r\n" {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(char)
      }
    }
    return out
  }

  /// Splits `raw` on `separator` at brace depth 0.
  static func splitTopLevel(_ raw: String, on separator: Character) -> [String] {
    var parts: [String] = [""]
    var depth = 0
    for char in raw {
      if char == "{" { depth += 1 } else if char == "}" { depth = max(depth - 1, 0) }
      if char == separator, depth == 0 {
        parts.append("")
      } else {
        parts[parts.count - 1].append(char)
      }
    }
    return parts
  }

  /// The words of a name part, split on whitespace and `~` at brace depth 0.
  static func words(_ raw: String) -> [String] {
    var words: [String] = []
    var current = ""
    var depth = 0
    for char in raw {
      if char == "{" { depth += 1 } else if char == "}" { depth = max(depth - 1, 0) }
      if depth == 0, char.isWhitespace || char == "~" {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(char)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// Whether `word` is a single brace group: `{World Health Organization}`, not `{A} and {B}`.
  static func isOneGroup(_ word: String) -> Bool {
    var depth = 0
    for (offset, char) in word.enumerated() {
      if char == "{" { depth += 1 } else if char == "}" { depth -= 1 }
      if depth == 0, offset < word.count - 1 { return false }
    }
    return depth == 0
  }

  /// BibTeX's test for a "von" word: its first letter at brace depth 0 is lowercase. A special
  /// character `{\"u}` counts by its letter; other braced text has no case (not a particle).
  static func startsLowercase(_ word: String) -> Bool {
    let chars = Array(word)
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "{" {
        if index + 1 < chars.count, chars[index + 1] == "\\" {
          // A special character: decide by the first letter of its decoded text.
          var depth = 0
          var end = index
          while end < chars.count {
            if chars[end] == "{" { depth += 1 } else if chars[end] == "}" { depth -= 1 }
            if depth == 0 { break }
            end += 1
          }
          let decoded = decode(String(chars[index...min(end, chars.count - 1)]))
          if let letter = decoded.first(where: { $0.isLetter }) { return letter.isLowercase }
          index = end + 1
          continue
        }
        return false
      }
      if char == "\\" {
        // `\"Ozgur`: skip the command name, decide by the letter it applies to.
        index += 1
        if index < chars.count, chars[index].isLetter {
          while index < chars.count, chars[index].isLetter { index += 1 }
        } else {
          index += 1
        }
        continue
      }
      if char.isLetter { return char.isLowercase }
      index += 1
    }
    return false
  }

  /// The decoder's state: the scalars of the value and a read position.
  private struct Decoder {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    /// Decodes up to the end of input, or up to the `}` closing the current group
    /// (consumed) when `untilGroupEnd`.
    mutating func run(untilGroupEnd: Bool) -> String {
      var out = String.UnicodeScalarView()
      while let scalar = current {
        switch scalar {
        case "}":
          index += 1
          if untilGroupEnd { return String(out) }
        case "{":
          // A group: case protection or a special character; its braces are dropped.
          index += 1
          out.append(contentsOf: run(untilGroupEnd: true).unicodeScalars)
        case "\\":
          index += 1
          out.append(contentsOf: command().unicodeScalars)
        case "$":
          index += 1
          // Math is kept as written, without the dollars.
          while let next = current, next != "$" {
            out.append(next)
            index += 1
          }
          if current == "$" { index += 1 }
          if current == "$" { index += 1 }
        case "~":
          index += 1
          out.append("\u{00A0}")
        case "-":
          var count = 0
          while current == "-" {
            count += 1
            index += 1
          }
          out.append(
            contentsOf: (String(repeating: "—", count: count / 3) + (count % 3 == 2 ? "–" : "")
              + (count % 3 == 1 ? "-" : "")).unicodeScalars)
        case "`":
          index += 1
          if current == "`" {
            index += 1
            out.append("“")
          } else {
            out.append("‘")
          }
        case "'":
          index += 1
          if current == "'" {
            index += 1
            out.append("”")
          } else {
            out.append("'")
          }
        default:
          index += 1
          out.append(scalar)
        }
      }
      return String(out)
    }

    /// Decodes a command after its backslash.
    mutating func command() -> String {
      guard let first = current else { return "\\" }
      var name: String
      if isLetter(first) {
        name = ""
        while let scalar = current, isLetter(scalar) {
          name.unicodeScalars.append(scalar)
          index += 1
        }
      } else {
        name = String(first)
        index += 1
      }
      if let mark = LaTeXText.accents[name] {
        // A letter-named accent (`\c c`) is separated from its argument by spaces; TeX skips them.
        skipSpaces()
        return accent(argument(), mark)
      }
      if isLetter(first) {
        // A control word eats the spaces after it, as in TeX (`Stra\ss e`).
        if name != "url" { skipSpaces() }
        if let symbol = LaTeXText.symbols[name] {
          // `{\ss}` and `\ss{}`: an empty group after a symbol is only a terminator.
          if current == "{", index + 1 < scalars.count, scalars[index + 1] == "}" { index += 2 }
          return symbol
        }
        if LaTeXText.formatting.contains(name) { return current == "{" ? argument() : "" }
        if name == "href" {
          _ = argument()
          skipSpaces()
          return argument()
        }
        // Unknown commands and declarations (`\it`, `\bf`) are dropped; a following group is kept as text.
        return ""
      }
      switch name {
      case "&", "%", "$", "#", "_", "{", "}": return name
      case "\\", " ", ",", ";", ":", "\n", "\t": return " "
      case "-", "/", "@": return ""
      default: return name
      }
    }

    mutating func skipSpaces() {
      while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        index += 1
      }
    }

    /// A command's argument: a decoded group, a special character command, or one character.
    mutating func argument() -> String {
      guard let scalar = current else { return "" }
      if scalar == "{" {
        index += 1
        return run(untilGroupEnd: true)
      }
      if scalar == "\\" {
        index += 1
        return command()
      }
      index += 1
      return String(scalar)
    }

    /// Puts a combining mark after the first character of `base` (a dotless ı or ȷ takes the
    /// accent as plain i or j, so `\'{\i}` becomes í).
    func accent(_ base: String, _ mark: Unicode.Scalar) -> String {
      var scalars = Array(base.unicodeScalars)
      guard !scalars.isEmpty else { return String(Character(mark)) }
      if scalars[0] == "ı" { scalars[0] = "i" }
      if scalars[0] == "ȷ" { scalars[0] = "j" }
      var out = String.UnicodeScalarView()
      out.append(scalars[0])
      out.append(mark)
      out.append(contentsOf: scalars.dropFirst())
      return String(out)
    }
  }
}
