extension Parser {
  /// How each known environment is laid out.
  private static func table(for name: String) -> MathTable? {
    switch name {
    case "matrix", "smallmatrix": MathTable(layout: .matrix, rows: [], small: name == "smallmatrix")
    case "pmatrix": MathTable(layout: .matrix, rows: [], open: "(", close: ")")
    case "bmatrix": MathTable(layout: .matrix, rows: [], open: "[", close: "]")
    case "Bmatrix": MathTable(layout: .matrix, rows: [], open: "{", close: "}")
    case "vmatrix": MathTable(layout: .matrix, rows: [], open: "|", close: "|")
    case "Vmatrix": MathTable(layout: .matrix, rows: [], open: "‖", close: "‖")
    case "cases", "dcases": MathTable(layout: .cases, rows: [], open: "{")
    case "rcases": MathTable(layout: .cases, rows: [], close: "}")
    case "aligned", "align", "align*", "split", "alignat", "alignat*", "alignedat",
      "flalign", "flalign*", "eqnarray", "eqnarray*":
      MathTable(layout: .aligned, rows: [])
    case "gathered", "gather", "gather*", "equation", "equation*", "multline", "multline*":
      MathTable(layout: .gathered, rows: [])
    case "array", "darray", "subarray": MathTable(layout: .matrix, rows: [])
    default: nil
    }
  }

  /// `\begin{name}` (the command consumed) … `\end{name}`.
  mutating func parseEnvironment(begin: Token) throws(TeXError) -> MathNode {
    let (name, group) = try parseRawGroup(of: begin)
    guard var table = Self.table(for: name) else {
      throw TeXError(
        message: "unknown environment \(name)", utf8Offset: group.offset + 1,
        length: max(1, name.utf8.count))
    }
    if name.hasPrefix("alignat") || name == "alignedat" {
      _ = try parseRawGroup(of: begin)
    }
    if name == "array" || name == "darray" || name == "subarray" {
      let (spec, specGroup) = try parseRawGroup(of: begin)
      try Self.readColumns(spec, at: specGroup, into: &table)
    }
    try parseRows(into: &table, opener: begin, name: name) {
      (parser: inout Parser) throws(TeXError) in
      try parser.finishEnvironment(name, begin: begin)
    }
    return .table(table)
  }

  /// `\substack{a \\ b}`: rows of limits.
  mutating func parseSubstack(of token: Token) throws(TeXError) -> MathNode {
    guard let open = try nextNonSpace(), open.kind == .open else {
      throw missingArgument(token.spelling, at: token)
    }
    var table = MathTable(layout: .substack, rows: [])
    groupDepth += 1
    try parseRows(into: &table, opener: open, closer: .close) {
      (parser: inout Parser) throws(TeXError) in
      _ = parser.nextRaw()
    }
    groupDepth -= 1
    return .table(table)
  }

  /// Reads `\end{name}` and checks it closes `\begin{name}`.
  private mutating func finishEnvironment(_ name: String, begin: Token) throws(TeXError) {
    guard let end = nextRaw() else { return }
    let (closing, group) = try parseRawGroup(of: end)
    guard closing == name else {
      throw TeXError(
        message: "\\begin{\(name)} ended by \\end{\(closing)}", utf8Offset: end.offset,
        length: group.offset + closing.utf8.count + 2 - end.offset)
    }
  }

  /// Cells separated by `&`, rows by `\\`, up to the closer (`\end` or `}`),
  /// which `finish` consumes.
  private mutating func parseRows(
    into table: inout MathTable, opener: Token, name: String = "",
    closer: Token.Kind = .command("end"),
    finish: (inout Parser) throws(TeXError) -> Void
  ) throws(TeXError) {
    try enter(at: opener)
    defer { leave() }
    environmentDepth += 1
    let savedGroups = groupDepth
    let savedLefts = leftDepth
    groupDepth = closer == .close ? 1 : 0
    leftDepth = 0
    defer {
      environmentDepth -= 1
      groupDepth = savedGroups
      leftDepth = savedLefts
    }
    var row: [MathNode] = []
    while true {
      if row.isEmpty { try readHorizontalRules(into: &table) }
      let cell = try parseRow()
      guard let token = try peek() else { break }
      switch token.kind {
      case .alignment:
        _ = nextRaw()
        row.append(.row(cell))
      case .command("\\"), .command("cr"):
        _ = nextRaw()
        row.append(.row(cell))
        table.rows.append(row)
        row = []
        try skipRowSpacing()
      case closer:
        row.append(.row(cell))
        if row.count > 1 || row[0] != .row([]) { table.rows.append(row) }
        try finish(&self)
        return
      default:
        if let error = stray(token) { throw error }
        throw unclosed(opener, name)
      }
    }
    throw unclosed(opener, name)
  }

  private func unclosed(_ opener: Token, _ name: String) -> TeXError {
    if opener.kind == .open {
      return TeXError(message: "missing } for this {", utf8Offset: opener.offset)
    }
    return TeXError(
      message: "\\begin{\(name)} without matching \\end{\(name)}", utf8Offset: opener.offset,
      length: opener.length)
  }

  /// `\hline`s before a row.
  private mutating func readHorizontalRules(into table: inout MathTable) throws(TeXError) {
    while let token = try peekNonSpace(),
      token.kind == .command("hline") || token.kind == .command("hdashline")
    {
      _ = nextRaw()
      table.horizontalRules.insert(table.rows.count)
    }
  }

  /// The optional `[2pt]` after `\\`.
  private mutating func skipRowSpacing() throws(TeXError) {
    guard let token = try peekNonSpace(), token.kind == .character("[") else { return }
    while let token = nextRaw(), token.kind != .character("]") {}
  }

  /// An `array` column specification such as `{c|cc}` or `{rl}`.
  private static func readColumns(_ spec: String, at group: Token, into table: inout MathTable)
    throws(TeXError)
  {
    var offset = group.offset + 1
    for character in spec {
      switch character {
      case "l": table.columns.append(.left)
      case "c": table.columns.append(.center)
      case "r": table.columns.append(.right)
      case "|": table.verticalRules.insert(table.columns.count)
      case " ": break
      default:
        throw TeXError(
          message: "unsupported array column \"\(character)\" (use l, c, r or |)",
          utf8Offset: offset, length: character.utf8.count)
      }
      offset += character.utf8.count
    }
  }
}
