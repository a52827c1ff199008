/// Builds a ``MathNode`` tree from formula source, with macros expanded.
///
/// A recursive-descent parser over a token stream: every token is looked at a
/// bounded number of times, so parsing is linear in the input. Nesting is
/// limited by ``maximumDepth`` and macro expansion by ``maximumExpansions``,
/// so hostile input ends in an error rather than a stack overflow or a hang.
struct Parser {
  /// How deeply groups, arguments and environments may nest, counted in
  /// parser levels (a nested `\frac{…}` takes three). Real formulas stay
  /// under 20; 50 keeps the deepest accepted formula within a 512 KiB thread
  /// stack even in a debug build (see `StackTests`).
  static let maximumDepth = 50
  /// How many macro expansions one formula may perform.
  static let maximumExpansions = 10_000
  /// How many tokens macro expansions may produce in total.
  static let maximumExpandedTokens = 1_000_000

  private let tokens: [Token]
  private var position = 0
  /// Tokens from macro expansions, last one next.
  var pending: [Token] = []
  private let macros: [String: Macro]
  /// The names of the course's macros, for "did you mean" hints.
  var macroNames: [String] { Array(macros.keys) }
  private var expansions = 0
  private var expandedTokens = 0
  private var depth = 0
  /// The alphabet of `\mathbf{…}` and friends while their argument is parsed.
  var alphabet: MathAlphabet?
  /// Open constructs, to word errors about stray closers.
  var groupDepth = 0
  var leftDepth = 0
  var environmentDepth = 0
  /// Whether `$` ends the current row (math inside `\text{…}`).
  var inTextMath = 0
  /// The end of the source, where "missing" errors point when input runs out.
  let sourceLength: Int

  init(source: String, macros: [String: Macro]) throws(TeXError) {
    tokens = try Lexer.tokenize(source)
    self.macros = macros
    sourceLength = source.utf8.count
  }

  /// Parses the whole formula.
  ///
  /// `\\` at the top level breaks the formula into centered lines, as in
  /// KaTeX and Wikipedia; `&` there is an error.
  mutating func parseFormula() throws(TeXError) -> MathNode {
    var lines: [[MathNode]] = []
    while true {
      let nodes = try parseRow()
      guard let token = try peek() else {
        lines.append(nodes)
        break
      }
      guard token.kind == .command("\\") || token.kind == .command("cr") else {
        throw stray(token) ?? unexpected(token)
      }
      _ = nextRaw()
      lines.append(nodes)
      if let next = try peekNonSpace(), next.kind == .character("[") {
        while let skipped = nextRaw(), skipped.kind != .character("]") {}
      }
    }
    if lines.count == 1 { return .row(lines[0]) }
    if lines.last?.isEmpty == true { lines.removeLast() }
    let table = MathTable(layout: .gathered, rows: lines.map { [.row($0)] })
    return .row([.table(table)])
  }

  // MARK: Token stream

  mutating func nextRaw() -> Token? {
    if let token = pending.popLast() { return token }
    guard position < tokens.count else { return nil }
    position += 1
    return tokens[position - 1]
  }

  func peekRaw() -> Token? {
    if let token = pending.last { return token }
    return position < tokens.count ? tokens[position] : nil
  }

  /// The next token, after expanding any macros at the head of the stream.
  mutating func peek() throws(TeXError) -> Token? {
    while let token = peekRaw(), case .command(let name) = token.kind,
      let macro = macros[name]
    {
      _ = nextRaw()
      try expand(macro, name: name, at: token)
    }
    return peekRaw()
  }

  /// The next token that is not white space.
  mutating func peekNonSpace() throws(TeXError) -> Token? {
    while let token = try peek(), token.kind == .space { _ = nextRaw() }
    return peekRaw()
  }

  /// Consumes and returns the next non-space token.
  mutating func nextNonSpace() throws(TeXError) -> Token? {
    let token = try peekNonSpace()
    if token != nil { _ = nextRaw() }
    return token
  }

  private mutating func expand(_ macro: Macro, name: String, at invocation: Token)
    throws(TeXError)
  {
    expansions += 1
    guard expansions <= Self.maximumExpansions else {
      throw TeXError(
        message: "too many macro expansions (is \\\(name) recursive?)",
        utf8Offset: invocation.offset, length: invocation.length)
    }
    var arguments: [[Token]] = []
    for _ in 0..<macro.parameterCount {
      arguments.append(try rawArgument(of: "\\" + name, at: invocation))
    }
    var result: [Token] = []
    result.reserveCapacity(macro.body.count)
    for token in macro.body {
      if case .parameter(let number) = token.kind {
        result.append(contentsOf: arguments[number - 1])
      } else {
        result.append(Token(kind: token.kind, offset: invocation.offset, length: invocation.length))
      }
    }
    expandedTokens += result.count
    guard expandedTokens <= Self.maximumExpandedTokens else {
      throw TeXError(
        message: "macro expansion grows too large (is \\\(name) recursive?)",
        utf8Offset: invocation.offset, length: invocation.length)
    }
    pending.append(contentsOf: result.reversed())
  }

  /// A macro argument as tokens: one token, or the contents of a `{…}` group.
  private mutating func rawArgument(of name: String, at invocation: Token) throws(TeXError)
    -> [Token]
  {
    while let token = peekRaw(), token.kind == .space { _ = nextRaw() }
    guard let first = nextRaw() else { throw missingArgument(name, at: invocation) }
    switch first.kind {
    case .close: throw missingArgument(name, at: invocation)
    case .open:
      var level = 1
      var collected: [Token] = []
      while let token = nextRaw() {
        if token.kind == .open { level += 1 }
        if token.kind == .close {
          level -= 1
          if level == 0 { return collected }
        }
        collected.append(token)
      }
      throw TeXError(message: "missing } for this {", utf8Offset: first.offset)
    default:
      return [first]
    }
  }

  // MARK: Depth

  /// Counts one more level of nesting; throws past ``maximumDepth``.
  mutating func enter(at token: Token?) throws(TeXError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw TeXError(
        message: "formula nested too deeply (more than \(Self.maximumDepth) levels)",
        utf8Offset: token?.offset ?? sourceLength, length: token?.length ?? 1)
    }
  }

  mutating func leave() { depth -= 1 }

  // MARK: Rows and scripts

  /// Whether `token` ends the current row (it is left for the caller).
  func endsRow(_ token: Token, bracket: Bool) -> Bool {
    switch token.kind {
    case .close, .alignment: return true
    case .command(let name):
      return name == "\\" || name == "end" || name == "right" || name == "middle"
        || name == "cr"
    case .character("]"): return bracket
    case .character("$"): return inTextMath > 0
    default: return false
    }
  }

  /// Parses atoms with their scripts up to a token that ends the row.
  mutating func parseRow(bracket: Bool = false) throws(TeXError) -> [MathNode] {
    try enter(at: peekRaw())
    defer { leave() }
    let savedAlphabet = alphabet
    defer { alphabet = savedAlphabet }
    var nodes: [MathNode] = []
    var styleStart: (display: Bool, index: Int)?
    while let token = try peekNonSpace(), !endsRow(token, bracket: bracket) {
      if case .command(let name) = token.kind {
        if name == "displaystyle" || name == "textstyle" || name == "scriptstyle"
          || name == "scriptscriptstyle"
        {
          // The style holds to the end of the group, until the next style
          // switch; each stretch becomes one flat `.style` node, so any
          // number of switches costs no nesting.
          _ = nextRaw()
          closeStyle(&nodes, &styleStart)
          styleStart = (name == "displaystyle", nodes.count)
          continue
        }
        if let font = CommandTables.fontSwitches[name] {
          _ = nextRaw()
          alphabet = font
          continue
        }
      }
      let base: MathNode
      switch token.kind {
      case .raising, .lowering, .character("'"): base = .row([])
      default: base = try parseAtom()
      }
      nodes.append(try parseScripts(on: base))
    }
    closeStyle(&nodes, &styleStart)
    return nodes
  }

  /// Wraps the nodes since the last style switch in a `.style` node.
  private func closeStyle(_ nodes: inout [MathNode], _ start: inout (display: Bool, index: Int)?) {
    guard let open = start else { return }
    let inner = Array(nodes[open.index...])
    nodes.removeSubrange(open.index...)
    nodes.append(.style(display: open.display, .row(inner)))
    start = nil
  }

  /// Attaches any `^`, `_`, primes, `\limits` and `\nolimits` that follow `base`.
  mutating func parseScripts(on base: MathNode) throws(TeXError) -> MathNode {
    var sub: MathNode?
    var sup: [MathNode] = []
    var caret = false
    var placement = LimitsPlacement.automatic
    var touched = false
    while let token = try peekNonSpace() {
      switch token.kind {
      case .character("'"):
        if caret { throw TeXError(message: "double superscript", utf8Offset: token.offset) }
        var count = 0
        while let next = try peek(), next.kind == .character("'") {
          _ = nextRaw()
          count += 1
        }
        sup.append(.atom(Atom(text: Self.primes(count), kind: .symbol(.ord))))
      case .raising:
        if caret { throw TeXError(message: "double superscript", utf8Offset: token.offset) }
        _ = nextRaw()
        sup.append(try parseScriptArgument(after: token))
        caret = true
      case .lowering:
        if sub != nil { throw TeXError(message: "double subscript", utf8Offset: token.offset) }
        _ = nextRaw()
        sub = try parseScriptArgument(after: token)
      case .command(let name) where name == "limits" || name == "nolimits":
        guard base.isOperator else {
          throw TeXError(
            message: "\\\(name) must follow an operator such as \\sum or \\int",
            utf8Offset: token.offset, length: token.length)
        }
        _ = nextRaw()
        placement = name == "limits" ? .limits : .besides
      default:
        return touched
          ? .scripts(base: base, sub: sub, sup: Self.joined(sup), placement: placement) : base
      }
      touched = true
    }
    return touched
      ? .scripts(base: base, sub: sub, sup: Self.joined(sup), placement: placement) : base
  }

  private static func joined(_ nodes: [MathNode]) -> MathNode? {
    switch nodes.count {
    case 0: nil
    case 1: nodes[0]
    default: .row(nodes)
    }
  }

  private static func primes(_ count: Int) -> String {
    switch count {
    case 1: "′"
    case 2: "″"
    case 3: "‴"
    case 4: "⁗"
    default: String(repeating: "′", count: count)
    }
  }

  /// The argument of `^` or `_`: a group or a single token.
  private mutating func parseScriptArgument(after script: Token) throws(TeXError) -> MathNode {
    guard let token = try peekNonSpace(), !endsRow(token, bracket: false),
      token.kind != .raising, token.kind != .lowering
    else {
      let which = script.kind == .raising ? "superscript" : "subscript"
      throw TeXError(
        message: "missing \(which) after \(script.spelling)", utf8Offset: script.offset)
    }
    return try parseAtom(single: true)
  }

  /// A command's argument: a `{…}` group or a single token.
  mutating func parseArgument(of command: Token) throws(TeXError) -> MathNode {
    guard let token = try peekNonSpace(), !endsRow(token, bracket: false),
      token.kind != .raising, token.kind != .lowering
    else { throw missingArgument(command.spelling, at: command) }
    return try parseAtom(single: true)
  }

  /// The contents of a `{…}` group that must be there (`\begin{…}`, `\hspace{…}`).
  mutating func parseRawGroup(of command: Token) throws(TeXError) -> (String, Token) {
    guard let open = try nextNonSpace(), open.kind == .open else {
      throw missingArgument(command.spelling, at: command)
    }
    var text = ""
    while let token = nextRaw() {
      switch token.kind {
      case .close: return (text, open)
      case .character(let scalar): text.unicodeScalars.append(scalar)
      case .space: text += " "
      default:
        throw TeXError(
          message: "unexpected \(token.spelling) in the argument of \(command.spelling)",
          utf8Offset: token.offset, length: token.length)
      }
    }
    throw TeXError(message: "missing } for this {", utf8Offset: open.offset)
  }

  // MARK: Atoms

  /// Parses one atom: a group, a character (a run of digits unless `single`) or a command.
  mutating func parseAtom(single: Bool = false) throws(TeXError) -> MathNode {
    guard let token = try nextNonSpace() else {
      throw TeXError(message: "unexpected end of formula", utf8Offset: sourceLength)
    }
    try enter(at: token)
    defer { leave() }
    switch token.kind {
    case .open:
      return .row(try parseGroupBody(open: token))
    case .character(let scalar):
      return try parseCharacter(scalar, token: token, single: single)
    case .command(let name):
      return try parseCommand(name, token: token)
    case .parameter:
      throw TeXError(
        message: "\(token.spelling) is only allowed in a macro definition",
        utf8Offset: token.offset, length: token.length)
    case .close, .alignment, .raising, .lowering, .space:
      throw stray(token) ?? unexpected(token)
    }
  }

  /// The rest of a group after its `{`, up to and including the `}`.
  mutating func parseGroupBody(open: Token) throws(TeXError) -> [MathNode] {
    groupDepth += 1
    let nodes = try parseRow()
    groupDepth -= 1
    guard let close = try peek(), close.kind == .close else {
      if let token = try peek(), let error = stray(token) { throw error }
      throw TeXError(message: "missing } for this {", utf8Offset: open.offset)
    }
    _ = nextRaw()
    return nodes
  }

  private mutating func parseCharacter(_ scalar: Unicode.Scalar, token: Token, single: Bool)
    throws(TeXError) -> MathNode
  {
    switch scalar {
    case "~": return .space(1.0 / 3)
    case "$":
      throw TeXError(message: "unexpected $ inside a formula", utf8Offset: token.offset)
    case "'": return .atom(Atom(text: "′", kind: .symbol(.ord)))
    default: break
    }
    if scalar.isASCIIDigit && !single {
      var digits = String(Character(scalar))
      while let next = peekRaw(), case .character(let c) = next.kind {
        if c.isASCIIDigit {
          digits.unicodeScalars.append(c)
          _ = nextRaw()
        } else if c == ".", let after = peekAfterNext(), case .character(let d) = after.kind,
          d.isASCIIDigit
        {
          digits += "."
          _ = nextRaw()
        } else {
          break
        }
      }
      return .atom(Atom(text: styled(digits), kind: .number))
    }
    var atom = SymbolTable.atom(for: scalar)
    if case .identifier = atom.kind {
      atom.text = styled(atom.text)
      if alphabet?.isUpright == true { atom.kind = .identifier(upright: true) }
    } else if case .number = atom.kind {
      atom.text = styled(atom.text)
    }
    return .atom(atom)
  }

  /// The token after the next one, without expanding macros.
  private func peekAfterNext() -> Token? {
    if pending.count >= 2 { return pending[pending.count - 2] }
    if pending.count == 1 { return position < tokens.count ? tokens[position] : nil }
    return position + 1 < tokens.count ? tokens[position + 1] : nil
  }

  /// `text` in the current alphabet.
  func styled(_ text: String) -> String {
    guard let alphabet else { return text }
    return alphabet.apply(text)
  }

  // MARK: Errors

  func missingArgument(_ name: String, at token: Token) -> TeXError {
    TeXError(
      message: "missing argument for \(name)", utf8Offset: token.offset, length: token.length)
  }

  /// The error for a closing token with no opener, if `token` is one.
  func stray(_ token: Token) -> TeXError? {
    let message: String
    switch token.kind {
    case .close where groupDepth == 0:
      message = "unmatched }"
    case .alignment where environmentDepth == 0:
      message = "& is only allowed inside an environment such as aligned or matrix"
    case .command("\\") where environmentDepth == 0:
      message = "\\\\ must not be inside a group; break lines at the top level or in aligned"
    case .command("end") where environmentDepth == 0:
      message = "\\end without \\begin"
    case .command("right") where leftDepth == 0:
      message = "\\right without matching \\left"
    case .command("middle") where leftDepth == 0:
      message = "\\middle outside \\left…\\right"
    case .character("]") where inTextMath == 0:
      return nil
    default:
      return nil
    }
    return TeXError(message: message, utf8Offset: token.offset, length: token.length)
  }

  func unexpected(_ token: Token) -> TeXError {
    TeXError(
      message: "unexpected \(token.spelling)", utf8Offset: token.offset, length: token.length)
  }
}
