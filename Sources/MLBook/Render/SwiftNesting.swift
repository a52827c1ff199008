/// How deeply a piece of Swift nests its brackets, measured without parsing it.
///
/// swift-syntax's parser decides whether `[` starts a type or a literal, and
/// whether `<` opens generic arguments, by speculative lookahead, and on some
/// shapes that lookahead backtracks once per level: `[[[…1…]]]`, `([([…`,
/// `[A<[A<…` take time growing by 1.7–2× per level (measured: 25 levels of `[`
/// took 8 s, 50 never finished). The highlighter therefore measures the depth
/// first, with this linear scan, and leaves deeper code uncoloured.
///
/// The scan follows Swift's lexical rules for what cannot nest — line and
/// (nested) block comments, string literals with escapes, raw strings
/// (`#"…"#`), multi-line strings and interpolations, which nest again — and
/// counts `(`, `[`, `{`, string interpolations and a `<` written against the
/// name before it (`Array<`, generic arguments) as levels. Where it is unsure
/// it errs towards a deeper count: a closing bracket that does not match the
/// innermost open one closes nothing, and a `<` stays open until a `>`, a
/// closing bracket, `{` or `;` ends it, so a comparison such as `i<n` can only
/// make the count larger, never smaller than what the parser sees.
enum SwiftNesting {
  /// The deepest nesting in `code` and the UTF-8 offset where it is first reached.
  static func deepest(in code: String) -> (depth: Int, offset: Int) {
    var scanner = Scanner(Array(code.utf8))
    scanner.run()
    return (scanner.deepest, scanner.deepestOffset)
  }

  private enum Frame: Equatable {
    case bracket(UInt8)  // the closing byte it expects
    case angle
    /// `\(` inside a string literal; its `)` resumes that string.
    case interpolation(StringKind)
  }

  private struct StringKind: Equatable {
    var multiline: Bool
    var hashes: Int
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var frames: [Frame] = []
    /// The string literal being read, or `nil` in code.
    var string: StringKind?
    var deepest = 0
    var deepestOffset = 0
    /// Inside what may be a regex literal (`/…/`, `#/…/#`) closing brackets close nothing, up to this offset.
    var closersIgnoredUntil = -1
    var bareEndSearch = -1
    var extendedEndSearch = -1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func byte(_ offset: Int) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func push(_ frame: Frame) {
      frames.append(frame)
      if frames.count > deepest {
        deepest = frames.count
        deepestOffset = index
      }
    }

    mutating func closeAngles() {
      while frames.last == .angle { frames.removeLast() }
    }

    mutating func run() {
      while index < bytes.count {
        if let kind = string { readString(kind) } else { readCode() }
      }
    }

    /// One step in code.
    mutating func readCode() {
      let c = bytes[index]
      switch c {
      case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "/"):
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
      case UInt8(ascii: "/") where byte(1) == UInt8(ascii: "*"):
        skipBlockComment()
      case UInt8(ascii: "/"):
        // A bare regex literal cannot start with a space; if this one closes on its line, trust no closer in it.
        if let next = byte(1), next != UInt8(ascii: " "), next != UInt8(ascii: "\t"),
          let end = nextBareRegexEnd(after: index), bytes[end] == UInt8(ascii: "/")
        {
          closersIgnoredUntil = max(closersIgnoredUntil, end)
        }
        index += 1
      case UInt8(ascii: "#") where byte(1) == UInt8(ascii: "/"):
        // An extended regex literal `#/…/#`, which may span lines.
        closersIgnoredUntil = max(closersIgnoredUntil, nextExtendedRegexEnd(after: index + 1))
        index += 2
      case UInt8(ascii: "#"), UInt8(ascii: "\""):
        var hashes = 0
        while byte(hashes) == UInt8(ascii: "#") { hashes += 1 }
        guard byte(hashes) == UInt8(ascii: "\"") else {
          index += max(hashes, 1)
          return
        }
        index += hashes
        let multiline = byte(1) == UInt8(ascii: "\"") && byte(2) == UInt8(ascii: "\"")
        index += multiline ? 3 : 1
        string = StringKind(multiline: multiline, hashes: hashes)
      case UInt8(ascii: "("):
        push(.bracket(UInt8(ascii: ")")))
        index += 1
      case UInt8(ascii: "["):
        push(.bracket(UInt8(ascii: "]")))
        index += 1
      case UInt8(ascii: "{"):
        closeAngles()
        push(.bracket(UInt8(ascii: "}")))
        index += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
        guard index > closersIgnoredUntil else {
          index += 1
          return
        }
        closeAngles()
        switch frames.last {
        case .bracket(c)?: frames.removeLast()
        case .interpolation(let kind)? where c == UInt8(ascii: ")"):
          frames.removeLast()
          string = kind
        default: break  // unmatched: close nothing, so the count stays on the deep side
        }
        index += 1
      case UInt8(ascii: "<"):
        if index > 0, Self.isNameByte(bytes[index - 1]), let next = byte(1),
          Self.isNameByte(next) || next == UInt8(ascii: "[") || next == UInt8(ascii: "(")
        {
          push(.angle)
        }
        index += 1
      case UInt8(ascii: ">"):
        // `->` is an arrow, not the end of generic arguments.
        if frames.last == .angle && !(index > 0 && bytes[index - 1] == UInt8(ascii: "-")) { frames.removeLast() }
        index += 1
      case UInt8(ascii: ";"):
        closeAngles()
        index += 1
      default:
        index += 1
      }
    }

    /// One step inside a string literal of `kind`.
    mutating func readString(_ kind: StringKind) {
      let c = bytes[index]
      if c == UInt8(ascii: "\\") && hashesFollow(kind.hashes, from: index + 1) {
        let after = index + 1 + kind.hashes
        if after < bytes.count && bytes[after] == UInt8(ascii: "(") {
          index = after
          string = nil
          push(.interpolation(kind))
          index += 1
        } else {
          index = min(after + 1, bytes.count)  // an escape: skip the escaped byte
        }
        return
      }
      if c == UInt8(ascii: "\n") && !kind.multiline {
        string = nil  // an unterminated single-line string ends at the line's end
        index += 1
        return
      }
      if c == UInt8(ascii: "\"") {
        let quotes = kind.multiline ? 3 : 1
        let closes =
          (0..<quotes).allSatisfy { index + $0 < bytes.count && bytes[index + $0] == UInt8(ascii: "\"") }
          && hashesFollow(kind.hashes, from: index + quotes)
        if closes {
          index += quotes + kind.hashes
          string = nil
          return
        }
      }
      index += 1
    }

    /// The first `/` or newline after `start` (or `nil`); remembered, so a line of slashes is still read in linear time.
    mutating func nextBareRegexEnd(after start: Int) -> Int? {
      if bareEndSearch <= start {
        bareEndSearch = start + 1
        while bareEndSearch < bytes.count && bytes[bareEndSearch] != UInt8(ascii: "/")
          && bytes[bareEndSearch] != UInt8(ascii: "\n")
        {
          bareEndSearch += 1
        }
      }
      return bareEndSearch < bytes.count ? bareEndSearch : nil
    }

    /// The offset of the first `/#` after `start`, or the end of the code; remembered likewise.
    mutating func nextExtendedRegexEnd(after start: Int) -> Int {
      if extendedEndSearch <= start {
        extendedEndSearch = start + 1
        while extendedEndSearch + 1 < bytes.count
          && !(bytes[extendedEndSearch] == UInt8(ascii: "/") && bytes[extendedEndSearch + 1] == UInt8(ascii: "#"))
        {
          extendedEndSearch += 1
        }
        if extendedEndSearch + 1 >= bytes.count { extendedEndSearch = bytes.count }
      }
      return extendedEndSearch
    }

    func hashesFollow(_ count: Int, from start: Int) -> Bool {
      guard start + count <= bytes.count else { return false }
      return (0..<count).allSatisfy { bytes[start + $0] == UInt8(ascii: "#") }
    }

    /// `/* … */`, which nests in Swift.
    mutating func skipBlockComment() {
      var depth = 0
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "/") && byte(1) == UInt8(ascii: "*") {
          depth += 1
          index += 2
        } else if bytes[index] == UInt8(ascii: "*") && byte(1) == UInt8(ascii: "/") {
          depth -= 1
          index += 2
          if depth == 0 { return }
        } else {
          index += 1
        }
      }
    }

    static func isNameByte(_ c: UInt8) -> Bool {
      (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_") || c >= 0x80
    }
  }
}
