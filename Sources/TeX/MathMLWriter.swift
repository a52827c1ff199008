/// Writes a ``MathNode`` tree as MathML Core.
///
/// Only MathML Core elements and attributes are used; styled letters are
/// already Unicode math alphanumerics, and table alignment is left to the CSS
/// classes in ``TeXStyles``.
struct MathMLWriter {
  private(set) var output = ""
  /// How many scripts deep the writer is; TeX drops operator spacing there.
  private var scriptDepth = 0

  /// Characters that stretch by default in MathML's operator dictionary but
  /// must not outside `\left…\right`.
  private static let fences: Set<String> = [
    "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/", "\\",
    "↑", "↓", "↕", "⇑", "⇓", "⇕", "⟮", "⟯", "⟦", "⟧", "⎰", "⎱",
  ]

  /// Letters that a one-character `mi` would turn italic.
  private static func autoItalicizes(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return false }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x131, 0x237, 0x391...0x3A9, 0x3B1...0x3C9, 0x3D1, 0x3D5,
      0x3D6, 0x3F0, 0x3F1, 0x3F4, 0x3F5, 0x2202, 0x2207:
      return true
    default:
      return false
    }
  }

  mutating func write(_ node: MathNode) {
    switch node {
    case .row(let nodes):
      writeRow(nodes)
    case .atom(let atom):
      writeAtom(atom)
    case .text(let text):
      writeText(text)
    case .space(let width):
      if width >= 0 {
        output += "<mspace width=\"\(XML.em(width))\"/>"
      } else {
        output += "<mspace style=\"margin-left:\(XML.em(width))\"/>"
      }
    case .fraction(let numerator, let denominator, let style, let binomial):
      writeFraction(numerator, denominator, style: style, binomial: binomial)
    case .root(let body, let index):
      if let index {
        output += "<mroot><mrow>"
        writeRowContent(body)
        output += Self.radicalStrut + "</mrow>"
        writeElement(index)
        output += "</mroot>"
      } else {
        output += "<msqrt>"
        writeRowContent(body)
        output += Self.radicalStrut + "</msqrt>"
      }
    case .scripts(let base, let sub, let sup, let placement):
      writeScripts(base: base, sub: sub, sup: sup, placement: placement)
    case .fenced(let open, let body, let close):
      output += "<mrow>"
      if !open.isEmpty { writeFence(open, form: "prefix") }
      writeRowContent(body)
      if !close.isEmpty { writeFence(close, form: "postfix") }
      output += "</mrow>"
    case .middle(let delimiter):
      if delimiter.isEmpty { return }
      output += "<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" lspace=\"0.05em\""
      output += " rspace=\"0.05em\">\(XML.escaped(delimiter))</mo>"
    case .sizedDelimiter(let delimiter, let size, let mathClass):
      writeSizedDelimiter(delimiter, size: size, mathClass: mathClass)
    case .accent(let base, let mark)
    where mark.combining == "\u{305}" || mark.combining == "\u{332}":
      output += mark.under ? "<mrow class=\"tex-underline\">" : "<mrow class=\"tex-overline\">"
      writeRowContent(base)
      output += "</mrow>"
    case .accent(let base, let mark):
      let tag = mark.under ? "munder" : "mover"
      let attribute = mark.under ? "accentunder" : "accent"
      output += "<\(tag) \(attribute)=\"true\">"
      writeElement(base)
      let style = Self.accentClass(mark).map { " class=\"\($0)\"" } ?? ""
      output += "<mo stretchy=\"\(mark.stretchy)\"\(style)>\(XML.escaped(mark.character))</mo>"
      output += "</\(tag)>"
    case .brace(let body, let under):
      let tag = under ? "munder" : "mover"
      output += "<\(tag)>"
      writeElement(body)
      output += "<mo stretchy=\"true\">\(under ? "⏟" : "⏞")</mo></\(tag)>"
    case .stacked(let base, let over, let under):
      writeUnderOver(base: base, under: under, over: over, movable: nil)
    case .extensibleArrow(let arrow, let over, let under):
      writeArrow(arrow, over: over, under: under)
    case .table(let table):
      writeTable(table)
    case .style(let display, let body):
      output += "<mstyle displaystyle=\"\(display)\" scriptlevel=\"0\">"
      writeRowContent(body)
      output += "</mstyle>"
    case .phantom(let body, let kind):
      switch kind {
      case .full: output += "<mphantom>"
      case .horizontal: output += "<mpadded height=\"0\" depth=\"0\"><mphantom>"
      case .vertical: output += "<mpadded width=\"0\"><mphantom>"
      }
      writeRowContent(body)
      output += kind == .full ? "</mphantom>" : "</mphantom></mpadded>"
    case .boxed(let body):
      output += "<mrow class=\"tex-boxed\">"
      writeRowContent(body)
      output += "</mrow>"
    case .classed(let mathClass, let body):
      writeClassed(mathClass, body)
    case .colored(let color, let body):
      output += "<mrow style=\"color:\(color)\">"
      writeRowContent(body)
      output += "</mrow>"
    case .struck(let body, let strike):
      output += "<mrow class=\"tex-\(strike.rawValue)\">"
      writeRowContent(body)
      output += "</mrow>"
    case .textMath(let body):
      // Only the style: the script level stays, so math in a `\text` in a
      // subscript keeps the subscript's size, as in LaTeX.
      output += "<mstyle displaystyle=\"false\">"
      writeRowContent(body)
      output += "</mstyle>"
    case .tag(let label):
      output += "<mspace width=\"2em\"/><mrow class=\"tex-tag\"><mtext>(</mtext>"
      writeRowContent(label)
      output += "<mtext>)</mtext></mrow>"
    }
  }

  /// The CSS class (see ``TeXStyles``) an accent's `mo` needs: Chromium sets
  /// the dot accents (and the macron of `\\bar`) so low that they touch or
  /// vanish into a letter,
  /// and the arrow of `\vec` is drawn small.
  static func accentClass(_ mark: AccentMark) -> String? {
    switch mark.character {
    case "˙", "¨", "⃛", "˚", "ˉ": "tex-lift"
    case "→" where !mark.stretchy: "tex-vec"
    default: nil
    }
  }

  /// A zero-width strut as tall as a digit: TeX sets `\sqrt{n}` as tall as
  /// `\sqrt{2}`'s content would be only for tall letters; a radical hugging an
  /// x-height letter reads as `√π` at 1×, so radicands are at least digit-high.
  static let radicalStrut = "<mspace height=\"0.65em\"/>"

  /// Writes `node` as exactly one element (an `mrow` around several).
  mutating func writeElement(_ node: MathNode) {
    if case .row(let nodes) = node, nodes.count != 1 {
      output += "<mrow>"
      writeRow(nodes, wrapped: false)
      output += "</mrow>"
    } else if case .row(let nodes) = node {
      writeElement(nodes[0])
    } else {
      write(node)
    }
  }

  /// Writes the children of a row without a wrapper (inside an inferred-mrow element).
  mutating func writeRowContent(_ node: MathNode) {
    if case .row(let nodes) = node { writeRow(nodes, wrapped: false) } else { write(node) }
  }

  private mutating func writeRow(_ nodes: [MathNode], wrapped: Bool = true) {
    if nodes.count == 1 {
      write(nodes[0])
      return
    }
    if wrapped { output += "<mrow>" }
    var previous: MathClass?
    var previousIsFunction = false
    for (index, node) in nodes.enumerated() {
      let isFunction = Self.isFunction(node)
      let mathClass = node.mathClass
      if isFunction, let previous, previous == .ord || previous == .close || previous == .inner {
        output += "<mspace width=\"0.1667em\"/>"
      }
      if previousIsFunction, !isFunction,
        mathClass == .ord || mathClass == .inner || (mathClass == .op && !isFunction)
      {
        output += "<mspace width=\"0.1667em\"/>"
      }
      if previousIsFunction, isFunction { output += "<mspace width=\"0.1667em\"/>" }
      let unary =
        mathClass == .bin
        && MathClass.makesBinaryUnary(previous)
      if case .atom(let atom) = node, mathClass == .bin || mathClass == .rel,
        case .symbol = atom.kind
      {
        // TeX's spacing rules that MathML's operator dictionary does not know:
        // no space in scripts, none next to punctuation, fences or another
        // relation, and none after a unary operator.
        let next = index + 1 < nodes.count ? nodes[index + 1].mathClass : nil
        let tight = scriptDepth > 0 || unary
        let noLeft =
          tight || previous == nil || previous == .open || previous == .punct
          || (mathClass == .rel && previous == .rel)
        let noRight =
          tight || next == nil || next == .close || next == .punct
          || (mathClass == .rel && next == .rel)
        // `:` is a relation in TeX but punctuation in MathML's dictionary.
        if noLeft || noRight || atom.text == ":" {
          let space = mathClass == .rel ? "0.2778em" : "0.2222em"
          output += "<mo lspace=\"\(noLeft ? "0" : space)\" rspace=\"\(noRight ? "0" : space)\">"
          output += "\(XML.escaped(atom.text))</mo>"
        } else {
          write(node)
        }
        previous = unary ? .ord : mathClass
      } else {
        write(node)
        previous = mathClass
      }
      previousIsFunction = isFunction
    }
    if wrapped { output += "</mrow>" }
  }

  /// Whether `node` is a named function (possibly with scripts): `sin`, `\log_2`, `\lim_{…}`.
  private static func isFunction(_ node: MathNode) -> Bool {
    switch node {
    case .atom(let atom):
      if case .function = atom.kind { return true }
      return false
    case .scripts(let base, _, _, _): return isFunction(base)
    default: return false
    }
  }

  private mutating func writeAtom(_ atom: Atom, movableLimits: Bool? = nil) {
    let text = XML.escaped(atom.text)
    switch atom.kind {
    case .identifier(let upright):
      if upright && Self.autoItalicizes(atom.text) {
        output += "<mi mathvariant=\"normal\">\(text)</mi>"
      } else {
        output += "<mi>\(text)</mi>"
      }
    case .number:
      output += "<mn>\(text)</mn>"
    case .symbol(let mathClass):
      if Self.fences.contains(atom.text) {
        output += "<mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">\(text)</mo>"
      } else if (mathClass == .ord || mathClass == .inner) && atom.text.unicodeScalars.count == 1 {
        output += "<mo lspace=\"0\" rspace=\"0\">\(text)</mo>"
      } else {
        output += "<mo>\(text)</mo>"
      }
    case .largeOperator:
      if let movableLimits {
        output += "<mo movablelimits=\"\(movableLimits)\">\(text)</mo>"
      } else {
        output += "<mo>\(text)</mo>"
      }
    case .function(let limits):
      if limits || movableLimits != nil {
        let movable = movableLimits ?? true
        output += "<mo lspace=\"0\" rspace=\"0\" movablelimits=\"\(movable)\">\(text)</mo>"
      } else if Self.autoItalicizes(atom.text) {
        output += "<mi mathvariant=\"normal\">\(text)</mi>"
      } else {
        output += "<mi>\(text)</mi>"
      }
    }
  }

  private mutating func writeText(_ text: String) {
    var content = XML.escaped(text)
    if content.hasPrefix(" ") { content = "\u{A0}" + content.dropFirst() }
    if content.hasSuffix(" ") { content = content.dropLast() + "\u{A0}" }
    output += "<mtext>\(content)</mtext>"
  }

  private mutating func writeFraction(
    _ numerator: MathNode, _ denominator: MathNode, style: FractionStyle, binomial: Bool
  ) {
    switch style {
    case .display: output += "<mstyle displaystyle=\"true\" scriptlevel=\"0\">"
    case .text: output += "<mstyle displaystyle=\"false\" scriptlevel=\"0\">"
    case .automatic: break
    }
    if binomial {
      // At least \big size: the stack of a text-style binomial is barely
      // taller than a letter, and parentheses stretched to just that look
      // unstretched (TeX uses a fixed delimiter size there).
      output += "<mrow>"
      writeFence("(", form: "prefix", minimumSize: "1.2em")
      output += "<mfrac linethickness=\"0\">"
    } else {
      output += "<mfrac>"
    }
    writeElement(numerator)
    writeElement(denominator)
    output += "</mfrac>"
    if binomial {
      writeFence(")", form: "postfix", minimumSize: "1.2em")
      output += "</mrow>"
    }
    if style != .automatic { output += "</mstyle>" }
  }

  private mutating func writeFence(_ delimiter: String, form: String, minimumSize: String? = nil) {
    output += "<mo fence=\"true\" form=\"\(form)\" stretchy=\"true\" symmetric=\"true\""
    if let minimumSize { output += " minsize=\"\(minimumSize)\"" }
    output += " lspace=\"0\" rspace=\"0\">"
    output += "\(XML.escaped(delimiter))</mo>"
  }

  private mutating func writeSizedDelimiter(_ delimiter: String, size: Int, mathClass: MathClass) {
    guard !delimiter.isEmpty else { return }
    let height = XML.em([1.2, 1.8, 2.4, 3.0][max(0, min(3, size - 1))])
    var attributes = "minsize=\"\(height)\" maxsize=\"\(height)\" stretchy=\"true\""
    attributes += " symmetric=\"true\""
    switch mathClass {
    case .open: attributes += " fence=\"true\" form=\"prefix\" lspace=\"0\" rspace=\"0\""
    case .close: attributes += " fence=\"true\" form=\"postfix\" lspace=\"0\" rspace=\"0\""
    case .rel: attributes += " lspace=\"0.2778em\" rspace=\"0.2778em\""
    default: attributes += " lspace=\"0\" rspace=\"0\""
    }
    output += "<mo \(attributes)>\(XML.escaped(delimiter))</mo>"
  }

  private mutating func writeScripts(
    base: MathNode, sub: MathNode?, sup: MathNode?, placement: LimitsPlacement
  ) {
    let limits =
      switch placement {
      case .automatic: base.takesLimits
      case .limits: true
      case .besides: false
      }
    if limits {
      let movable: Bool? = placement == .limits ? false : nil
      writeUnderOver(base: base, under: sub, over: sup, movable: movable)
      return
    }
    // A prime is drawn at full size after the base: math fonts design U+2032
    // to sit raised, and as a superscript it would be raised twice. After a
    // tall base (`\left(…\right)'`, `\bigr)'`) that would leave it halfway
    // up, so there it is a superscript, at the base's size, at the top right.
    var base = base
    var sup = sup
    var raisedPrimes: MathNode?
    if let (primes, rest) = Self.splitPrimes(sup) {
      if Self.isTall(base) {
        raisedPrimes = primes
      } else {
        base = .row([base, primes])
      }
      sup = rest
    }
    let tag =
      switch (sub, sup ?? raisedPrimes) {
      case (.some, .some): "msubsup"
      case (.some, nil): "msub"
      case (nil, .some): "msup"
      case (nil, nil): ""
      }
    if tag.isEmpty {
      writeBase(base, movable: nil)
      return
    }
    output += "<\(tag)>"
    writeBase(base, movable: nil)
    scriptDepth += 1
    if let sub { writeElement(sub) }
    if let raisedPrimes {
      if sup != nil { output += "<mrow>" }
      // One script level up again (MathML's signed values are relative), so
      // the prime keeps the size of the base in a subscript too.
      output += "<mstyle scriptlevel=\"-1\" class=\"tex-prime\">"
      writeElement(raisedPrimes)
      output += "</mstyle>"
      if let sup { writeRowContent(sup) }
      if sup != nil { output += "</mrow>" }
    } else if let sup {
      writeElement(sup)
    }
    scriptDepth -= 1
    output += "</\(tag)>"
  }

  /// Whether `node` stands well above the x-height, so a prime after it must
  /// be raised as a superscript rather than drawn in line.
  static func isTall(_ node: MathNode) -> Bool {
    switch node {
    case .fenced, .sizedDelimiter, .fraction, .table, .root, .boxed, .brace, .stacked: true
    case .row(let nodes): nodes.count == 1 && isTall(nodes[0])
    case .style(_, let body), .colored(_, let body), .classed(_, let body): isTall(body)
    default: false
    }
  }

  /// Splits leading primes off a superscript: `′` and `′2` give `(′, nil)` and `(′, 2)`.
  private static func splitPrimes(_ sup: MathNode?) -> (MathNode, MathNode?)? {
    func isPrime(_ node: MathNode) -> Bool {
      if case .atom(let atom) = node, atom.kind == .symbol(.ord),
        ["′", "″", "‴", "⁗"].contains(atom.text)
      {
        return true
      }
      return false
    }
    guard let sup else { return nil }
    if isPrime(sup) { return (sup, nil) }
    guard case .row(let nodes) = sup, let first = nodes.first, isPrime(first) else { return nil }
    let rest = Array(nodes.dropFirst())
    return (first, rest.count == 1 ? rest[0] : .row(rest))
  }

  /// Writes a script base; an operator gets `movablelimits` when asked.
  private mutating func writeBase(_ base: MathNode, movable: Bool?) {
    var node = base
    while case .row(let nodes) = node, nodes.count == 1 { node = nodes[0] }
    if case .atom(let atom) = node, movable != nil {
      writeAtom(atom, movableLimits: movable)
    } else if case .row(let nodes) = node, nodes.isEmpty {
      output += "<mrow></mrow>"
    } else if case .sizedDelimiter = node {
      // A stretchy operator is only stretched as a child of an mrow; as the
      // bare base of msup it would drop to its normal size (`\bigr)^2`).
      output += "<mrow>"
      write(node)
      output += "</mrow>"
    } else {
      writeElement(node)
    }
  }

  private mutating func writeUnderOver(
    base: MathNode, under: MathNode?, over: MathNode?, movable: Bool?
  ) {
    let tag =
      switch (under, over) {
      case (.some, .some): "munderover"
      case (.some, nil): "munder"
      case (nil, .some): "mover"
      case (nil, nil): ""
      }
    if tag.isEmpty {
      writeBase(base, movable: movable)
      return
    }
    output += "<\(tag)>"
    writeBase(base, movable: movable)
    scriptDepth += 1
    if let under { writeElement(under) }
    if let over { writeElement(over) }
    scriptDepth -= 1
    output += "</\(tag)>"
  }

  private mutating func writeArrow(_ arrow: String, over: MathNode?, under: MathNode?) {
    let tag = under == nil ? "mover" : "munderover"
    output += "<\(tag)>"
    output += "<mo stretchy=\"true\" lspace=\"0.2778em\" rspace=\"0.2778em\">"
    output += "\(XML.escaped(arrow))</mo>"
    for script in [under, over] {
      guard let script else { continue }
      output += "<mrow><mspace width=\"0.4em\"/>"
      writeRowContent(script)
      output += "<mspace width=\"0.4em\"/></mrow>"
    }
    output += "</\(tag)>"
  }

  private mutating func writeClassed(_ mathClass: MathClass, _ body: MathNode) {
    var node = body
    while case .row(let nodes) = node, nodes.count == 1 { node = nodes[0] }
    let space: (String, String) =
      switch mathClass {
      case .rel: ("0.2778em", "0.2778em")
      case .bin: ("0.2222em", "0.2222em")
      case .op: ("0.1667em", "0.1667em")
      case .punct: ("0", "0.1667em")
      default: ("0", "0")
      }
    if case .atom(let atom) = node {
      output += "<mo lspace=\"\(space.0)\" rspace=\"\(space.1)\">\(XML.escaped(atom.text))</mo>"
      return
    }
    output += "<mrow>"
    if space.0 != "0" { output += "<mspace width=\"\(space.0)\"/>" }
    writeRowContent(body)
    if space.1 != "0" { output += "<mspace width=\"\(space.1)\"/>" }
    output += "</mrow>"
  }

  private mutating func writeTable(_ table: MathTable) {
    let fenced = !table.open.isEmpty || !table.close.isEmpty
    if fenced {
      output += "<mrow>"
      if !table.open.isEmpty { writeFence(table.open, form: "prefix") }
    }
    var tableClass: String
    let display: Bool
    switch table.layout {
    case .matrix:
      tableClass = "tex-matrix"
      display = false
    case .cases:
      tableClass = "tex-cases"
      display = false
    case .aligned:
      tableClass = "tex-aligned"
      display = true
    case .gathered:
      tableClass = "tex-gathered"
      display = true
    case .substack:
      tableClass = "tex-substack"
      display = false
    }
    if table.small { tableClass += " tex-small" }
    if !table.columns.isEmpty || !table.verticalRules.isEmpty || !table.horizontalRules.isEmpty {
      tableClass += " tex-array"
    }
    output += "<mtable class=\"\(tableClass)\" displaystyle=\"\(display)\">"
    let columnCount = table.rows.map(\.count).max() ?? 0
    for (rowIndex, row) in table.rows.enumerated() {
      var rowClasses: [String] = []
      if table.horizontalRules.contains(rowIndex) { rowClasses.append("tex-hl") }
      if rowIndex == table.rows.count - 1 && table.horizontalRules.contains(table.rows.count) {
        rowClasses.append("tex-hl-below")
      }
      output +=
        rowClasses.isEmpty ? "<mtr>" : "<mtr class=\"\(rowClasses.joined(separator: " "))\">"
      for column in 0..<columnCount {
        var classes: [String] = []
        if column < table.columns.count {
          switch table.columns[column] {
          case .left: classes.append("tex-l")
          case .right: classes.append("tex-r")
          case .center: break
          }
        }
        if table.verticalRules.contains(column) { classes.append("tex-vl") }
        if column == columnCount - 1 && table.verticalRules.contains(columnCount) {
          classes.append("tex-vr")
        }
        output += classes.isEmpty ? "<mtd>" : "<mtd class=\"\(classes.joined(separator: " "))\">"
        if column < row.count {
          let cell = row[column]
          if table.layout == .aligned && column % 2 == 1, case .row(let nodes) = cell,
            let first = nodes.first, first.mathClass == .rel || first.mathClass == .bin
          {
            // TeX starts these columns with an empty atom so the relation
            // keeps its spacing; the empty <mi> does the same here.
            writeRow([.atom(Atom(text: "", kind: .identifier(upright: false)))] + nodes)
          } else {
            writeRowContent(cell)
          }
        }
        output += "</mtd>"
      }
      output += "</mtr>"
    }
    output += "</mtable>"
    if fenced {
      if !table.close.isEmpty { writeFence(table.close, form: "postfix") }
      output += "</mrow>"
    }
  }
}
