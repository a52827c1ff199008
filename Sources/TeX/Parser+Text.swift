extension Parser {
  /// The argument of `\text{…}` and friends, in `alphabet`, with `$…$` math inside.
  mutating func parseText(of command: Token, alphabet: MathAlphabet) throws(TeXError)
    -> MathNode
  {
    guard let first = try nextNonSpace() else {
      throw missingArgument(command.spelling, at: command)
    }
    switch first.kind {
    case .open:
      try enter(at: first)
      defer { leave() }
      var pieces: [MathNode] = []
      var run = ""
      func flush() {
        if !run.isEmpty { pieces.append(.text(run)) }
        run = ""
      }
      while let token = try peek() {
        _ = nextRaw()
        switch token.kind {
        case .close:
          flush()
          return pieces.count == 1 ? pieces[0] : .row(pieces)
        case .space:
          run += " "
        case .character("~"):
          run += "\u{A0}"
        case .character("$"):
          flush()
          inTextMath += 1
          let saved = alphabet
          self.alphabet = nil
          let nodes = try parseRow()
          self.alphabet = saved
          inTextMath -= 1
          guard let close = try peek(), close.kind == .character("$") else {
            throw TeXError(message: "missing closing $ for this $", utf8Offset: token.offset)
          }
          _ = nextRaw()
          pieces.append(.textMath(.row(nodes)))
        case .character(let scalar):
          run.unicodeScalars.append(alphabet.apply(scalar))
        case .open:
          pending.append(token)
          flush()
          pieces.append(try parseText(of: command, alphabet: alphabet))
        case .command(let name):
          if let inner = CommandTables.textFonts[name] {
            flush()
            pieces.append(try parseText(of: token, alphabet: inner))
          } else if let text = Self.textSymbols[name] {
            run += text
          } else {
            var error = TeXError(
              message: "unknown command \\\(name) in text", utf8Offset: token.offset, length: token.length)
            error.suggestion = .init(name: name, inText: true, macros: [])
            throw error
          }
        case .raising, .lowering, .alignment, .parameter:
          throw TeXError(
            message: "\(token.spelling) is not allowed in text (use $…$ for math)",
            utf8Offset: token.offset, length: token.length)
        }
      }
      throw TeXError(message: "missing } for this {", utf8Offset: first.offset)
    case .character(let scalar) where scalar != "$":
      return .text(String(Character(alphabet.apply(scalar))))
    default:
      throw missingArgument(command.spelling, at: command)
    }
  }

  /// Commands allowed in text and the characters they stand for.
  static let textSymbols: [String: String] = [
    "{": "{", "}": "}", "_": "_", "%": "%", "$": "$", "#": "#", "&": "&", " ": " ",
    ",": "\u{2009}", ":": "\u{205F}", ";": "\u{2004}", "!": "", "quad": "\u{2003}",
    "qquad": "\u{2003}\u{2003}", "textbackslash": "\\", "ldots": "…", "dots": "…",
    "textendash": "–", "textemdash": "—", "textasciitilde": "~", "textasciicircum": "^",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
    "textquotedblright": "”", "S": "§", "P": "¶", "copyright": "©", "pounds": "£",
    "textdegree": "°", "enspace": "\u{2002}", "relax": "",
  ]
}
