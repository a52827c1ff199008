extension Parser {
  /// Parses the command `name` (already consumed) and its arguments.
  mutating func parseCommand(_ name: String, token: Token) throws(TeXError) -> MathNode {
    if let width = CommandTables.spaces[name] { return .space(width) }
    if let entry = SymbolTable.entries[name] { return .atom(styledEntry(entry)) }
    if let alphabet = CommandTables.mathFonts[name] {
      return try withAlphabet(alphabet) { (parser: inout Parser) throws(TeXError) in
        try parser.parseArgument(of: token)
      }
    }
    if let alphabet = CommandTables.textFonts[name] {
      return try parseText(of: token, alphabet: alphabet)
    }
    if let accent = CommandTables.accents[name] {
      return .accent(base: try parseArgument(of: token), mark: accent)
    }
    if let mathClass = CommandTables.classes[name] {
      return .classed(mathClass, try parseArgument(of: token))
    }
    if let sized = CommandTables.sizedDelimiters[name] {
      // amsmath's \big takes an argument, so `\big{(}` works as well as `\big(`.
      let delimiter = try parseDelimiter(after: token, allowingGroup: true)
      return .sizedDelimiter(delimiter, size: sized.size, mathClass: sized.mathClass)
    }
    if let arrow = CommandTables.extensibleArrows[name] {
      let under = try parseOptionalArgument()
      let over = try parseArgument(of: token)
      return .extensibleArrow(arrow, over: over, under: under)
    }
    if CommandTables.ignored.contains(name) { return .row([]) }
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
      let numerator = try parseArgument(of: token)
      let denominator = try parseArgument(of: token)
      let style: FractionStyle =
        switch name {
        case "dfrac", "cfrac", "dbinom": .display
        case "tfrac", "tbinom": .text
        default: .automatic
        }
      return .fraction(
        numerator: numerator, denominator: denominator, style: style,
        binomial: name.hasSuffix("binom"))
    case "sqrt":
      let index = try parseOptionalArgument()
      return .root(try parseArgument(of: token), index: index)
    case "left":
      return try parseLeftRight(left: token)
    case "underbrace", "overbrace":
      return .brace(try parseArgument(of: token), under: name == "underbrace")
    case "overset", "stackrel":
      let over = try parseArgument(of: token)
      return .stacked(base: try parseArgument(of: token), over: over, under: nil)
    case "underset":
      let under = try parseArgument(of: token)
      return .stacked(base: try parseArgument(of: token), over: nil, under: under)
    case "operatorname", "operatornamewithlimits":
      var limits = name == "operatornamewithlimits"
      if let star = peekRaw(), star.kind == .character("*") {
        _ = nextRaw()
        limits = true
      }
      return try parseOperatorName(of: token, limits: limits)
    case "boxed", "fbox":
      if name == "fbox" { return .boxed(try parseText(of: token, alphabet: .upright)) }
      return .boxed(try parseArgument(of: token))
    case "phantom", "hphantom", "vphantom":
      let kind: PhantomKind =
        name == "phantom" ? .full : name == "hphantom" ? .horizontal : .vertical
      return .phantom(try parseArgument(of: token), kind)
    case "not":
      return try parseNegation(of: token)
    case "color":
      let color = try parseColor(of: token)
      return .colored(color, .row(try parseRow()))
    case "textcolor":
      let color = try parseColor(of: token)
      return .colored(color, try parseArgument(of: token))
    case "cancel", "bcancel", "xcancel", "sout":
      return .struck(try parseArgument(of: token), Strike(rawValue: name) ?? .cancel)
    case "begin":
      return try parseEnvironment(begin: token)
    case "substack":
      return try parseSubstack(of: token)
    case "pmod", "pod":
      let argument = try parseArgument(of: token)
      var nodes: [MathNode] = [.space(name == "pmod" ? 1 : 0.4), Self.symbol("(", .open)]
      if name == "pmod" {
        nodes += [.atom(Atom(text: "mod", kind: .identifier(upright: true))), .space(1.0 / 3)]
      }
      nodes += [argument, Self.symbol(")", .close)]
      return .row(nodes)
    case "bmod":
      return .atom(Atom(text: "mod", kind: .symbol(.bin)))
    case "mod":
      return .row([
        .space(1), .atom(Atom(text: "mod", kind: .identifier(upright: true))), .space(1.0 / 3),
      ])
    case "tag":
      if let star = peekRaw(), star.kind == .character("*") { _ = nextRaw() }
      return .tag(try parseText(of: token, alphabet: .upright))
    case "hspace", "mspace", "hskip", "kern", "mkern", "mskip":
      if let star = peekRaw(), star.kind == .character("*") { _ = nextRaw() }
      let (text, group) = try parseRawGroup(of: token)
      return .space(try Self.length(text, at: group))
    case "label":
      _ = try parseRawGroup(of: token)
      return .row([])
    case "hline", "hdashline":
      throw TeXError(
        message: "\\\(name) is only allowed at the start of a row of an array",
        utf8Offset: token.offset, length: token.length)
    case "limits", "nolimits":
      throw TeXError(
        message: "\\\(name) must follow an operator such as \\sum or \\int",
        utf8Offset: token.offset, length: token.length)
    case "\\", "cr", "end", "right", "middle":
      throw stray(token) ?? unexpected(token)
    default:
      var error = TeXError(message: "unknown command \\\(name)", utf8Offset: token.offset, length: token.length)
      error.suggestion = .init(name: name, inText: false, macros: macroNames)
      throw error
    }
  }

  static func symbol(_ text: String, _ mathClass: MathClass) -> MathNode {
    .atom(Atom(text: text, kind: .symbol(mathClass)))
  }

  /// A symbol table entry with the current alphabet applied to letters.
  private func styledEntry(_ entry: SymbolTable.Entry) -> Atom {
    var atom = Atom(text: entry.text, kind: entry.kind)
    if case .identifier = atom.kind, let alphabet {
      atom.text = alphabet.apply(atom.text)
      if alphabet.isUpright { atom.kind = .identifier(upright: true) }
      if alphabet == .italic || alphabet == .boldItalic { atom.kind = .identifier(upright: false) }
    }
    return atom
  }

  /// Runs `body` with `alphabet` in force.
  mutating func withAlphabet<T>(
    _ alphabet: MathAlphabet, _ body: (inout Parser) throws(TeXError) -> T
  ) throws(TeXError) -> T {
    let saved = self.alphabet
    self.alphabet = alphabet
    defer { self.alphabet = saved }
    return try body(&self)
  }

  /// `[…]` if the next token opens one (for `\sqrt[n]` and `\xrightarrow[below]`).
  mutating func parseOptionalArgument() throws(TeXError) -> MathNode? {
    guard let open = try peekNonSpace(), open.kind == .character("[") else { return nil }
    _ = nextRaw()
    let nodes = try parseRow(bracket: true)
    guard let close = try peek(), close.kind == .character("]") else {
      if let token = try peek(), let error = stray(token) { throw error }
      throw TeXError(message: "missing ] for this [", utf8Offset: open.offset)
    }
    _ = nextRaw()
    return .row(nodes)
  }

  /// The delimiter after `\left`, `\right`, `\middle` or `\big…`; `""` for `.`.
  ///
  /// With `allowingGroup`, the delimiter may also be the only thing in a
  /// `{…}` group, spaces aside: `\big{(}`, `\Bigl{\langle}`.
  mutating func parseDelimiter(after command: Token, allowingGroup: Bool = false) throws(TeXError)
    -> String
  {
    let missing = TeXError(
      message: "missing delimiter after \(command.spelling)", utf8Offset: command.offset,
      length: command.length)
    guard let token = try nextNonSpace() else { throw missing }
    guard allowingGroup, token.kind == .open else { return try delimiter(token, after: command) }
    guard let inner = try nextNonSpace() else {
      throw TeXError(message: "missing } for this {", utf8Offset: token.offset)
    }
    if inner.kind == .close { throw missing }
    let delimiter = try delimiter(inner, after: command)
    guard let close = try nextNonSpace() else {
      throw TeXError(message: "missing } for this {", utf8Offset: token.offset)
    }
    guard close.kind == .close else {
      throw TeXError(
        message: "\(command.spelling){…} takes exactly one delimiter, such as \(command.spelling){(}",
        utf8Offset: close.offset, length: close.length)
    }
    return delimiter
  }

  /// The delimiter `token` stands for, or an error naming `command`.
  private func delimiter(_ token: Token, after command: Token) throws(TeXError) -> String {
    switch token.kind {
    case .character(let scalar):
      if let delimiter = CommandTables.delimiterCharacters[scalar] { return delimiter }
    case .command(let name):
      if let delimiter = CommandTables.delimiterCommands[name] { return delimiter }
    default:
      break
    }
    throw TeXError(
      message: "\(command.spelling) must be followed by a delimiter, not \(token.spelling)",
      utf8Offset: token.offset, length: token.length)
  }

  /// `\left` (consumed) … `\middle` … `\right`.
  private mutating func parseLeftRight(left: Token) throws(TeXError) -> MathNode {
    let open = try parseDelimiter(after: left)
    leftDepth += 1
    var body: [MathNode] = []
    while true {
      body += try parseRow()
      guard let token = try peek() else { break }
      if token.kind == .command("middle") {
        _ = nextRaw()
        body.append(.middle(try parseDelimiter(after: token)))
        continue
      }
      if token.kind == .command("right") {
        _ = nextRaw()
        leftDepth -= 1
        let close = try parseDelimiter(after: token)
        return .fenced(open: open, body: .row(body), close: close)
      }
      leftDepth -= 1
      if let error = stray(token) { throw error }
      break
    }
    throw TeXError(
      message: "\\left without matching \\right", utf8Offset: left.offset, length: left.length)
  }

  /// `\operatorname{…}`: the argument's letters as one upright function name.
  private mutating func parseOperatorName(of token: Token, limits: Bool) throws(TeXError)
    -> MathNode
  {
    let argument = try withAlphabet(.upright) { (parser: inout Parser) throws(TeXError) in
      try parser.parseArgument(of: token)
    }
    var name = ""
    func flatten(_ node: MathNode) -> Bool {
      switch node {
      case .atom(let atom): name += atom.text
      case .text(let text): name += text
      case .space(let width): if width > 0 { name += "\u{2009}" }
      case .row(let nodes): return nodes.allSatisfy(flatten)
      default: return false
      }
      return true
    }
    guard flatten(argument), !name.isEmpty else {
      throw TeXError(
        message: "\(token.spelling) needs a name made of letters",
        utf8Offset: token.offset, length: token.length)
    }
    return .atom(Atom(text: name, kind: .function(limits: limits)))
  }

  /// `\not` followed by a relation: the negated symbol.
  private mutating func parseNegation(of token: Token) throws(TeXError) -> MathNode {
    var node = try parseArgument(of: token)
    while case .row(let nodes) = node, nodes.count == 1 { node = nodes[0] }
    guard case .atom(var atom) = node else {
      throw TeXError(
        message: "\\not must be followed by a symbol such as = or \\in",
        utf8Offset: token.offset, length: token.length)
    }
    atom.text = SymbolTable.negations[atom.text] ?? atom.text + "\u{338}"
    if case .identifier = atom.kind { atom.kind = .symbol(.rel) }
    return .atom(atom)
  }

  /// A color name or `#` hex value, checked so it is safe in a `style` attribute.
  private mutating func parseColor(of token: Token) throws(TeXError) -> String {
    let (color, group) = try parseRawGroup(of: token)
    let valid =
      !color.isEmpty && color.utf8.count <= 32
      && color.unicodeScalars.enumerated().allSatisfy { index, scalar in
        scalar.isASCIILetter || scalar.isASCIIDigit || (index == 0 && scalar == "#")
      }
    guard valid else {
      throw TeXError(
        message: "expected a color name such as red or #3366cc, not \"\(color)\"",
        utf8Offset: group.offset, length: color.utf8.count + 2)
    }
    return color
  }

  /// A dimension such as `2em` or `-3mu`, in ems.
  static func length(_ text: String, at group: Token) throws(TeXError) -> Double {
    let trimmed = text.filter { $0 != " " }
    let units: [(String, Double)] = [
      ("em", 1), ("ex", 0.431), ("mu", 1.0 / 18), ("pt", 0.1), ("px", 0.0625), ("mm", 0.2845),
      ("cm", 2.845), ("in", 7.227),
    ]
    for (unit, factor) in units where trimmed.hasSuffix(unit) {
      if let value = Double(trimmed.dropLast(unit.count)), value.isFinite, abs(value) <= 100 {
        return value * factor
      }
    }
    throw TeXError(
      message: "expected a length such as 1em or 3mu, not \"\(text)\"",
      utf8Offset: group.offset, length: max(1, text.utf8.count + 2))
  }
}
