/// Lays a ``MathNode`` tree out as Unicode text.
///
/// Inline math is one line. Display math uses a 2-D layout where it helps:
/// stacked fractions, limits above and below big operators, raised and
/// lowered scripts that have no Unicode form, tall fences around matrices.
/// The output never contains TeX commands.
struct TextRenderer {
  /// Whether 2-D layout is allowed (display math).
  var display: Bool

  /// The TeX style a node is laid out in.
  enum Style: Equatable {
    case display, text, script
  }

  func render(_ node: MathNode) -> String {
    layout(node, style: display ? .display : .text).rendered
  }

  /// Whether `style` may use the 2-D layout for fractions and limits.
  private func stacks(_ style: Style) -> Bool { display && style == .display }

  func layout(_ node: MathNode, style: Style) -> TextBox {
    switch node {
    case .row(let nodes):
      return layoutRow(nodes, style: style)
    case .atom(let atom):
      return TextBox(atom.text)
    case .text(let text):
      return TextBox(text)
    case .space(let width):
      return TextBox(String(repeating: " ", count: Self.cells(forSpace: width)))
    case .fraction(let numerator, let denominator, let fractionStyle, let binomial):
      return layoutFraction(
        numerator, denominator, style: style, forced: fractionStyle, binomial: binomial)
    case .root(let body, let index):
      return layoutRoot(body, index: index, style: style)
    case .scripts(let base, let sub, let sup, let placement):
      return layoutScripts(base: base, sub: sub, sup: sup, placement: placement, style: style)
    case .fenced(let open, let body, let close):
      let inner = layout(body, style: style)
      return fence(inner, open: open, close: close)
    case .middle(let delimiter):
      return TextBox(delimiter)
    case .sizedDelimiter(let delimiter, _, _):
      return TextBox(delimiter)
    case .accent(let base, let mark):
      return layoutAccent(base, mark: mark, style: style)
    case .brace(let body, let under):
      return layoutBrace(body, under: under, style: style)
    case .stacked(let base, let over, let under):
      return layoutScripts(base: base, sub: under, sup: over, placement: .limits, style: style)
    case .extensibleArrow(let arrow, let over, let under):
      return layoutArrow(arrow, over: over, under: under, style: style)
    case .table(let table):
      return layoutTable(table, style: style)
    case .style(let displayStyle, let body):
      return layout(body, style: displayStyle ? .display : (style == .script ? .script : .text))
    case .phantom(let body, let kind):
      let box = layout(body, style: style)
      return kind == .vertical ? .empty : TextBox(String(repeating: " ", count: box.width))
    case .boxed(let body):
      return frame(layout(body, style: style))
    case .classed(_, let body):
      return layout(body, style: style)
    case .textMath(let body):
      return layout(body, style: style == .display ? .text : style)
    case .tag(let label):
      return TextBox("(" + layout(label, style: .text).text + ")")
    case .colored(_, let body):
      return layout(body, style: style)
    case .struck(let body, _):
      let box = layout(body, style: style)
      guard box.isSingleLine else { return box }
      var struck = ""
      for character in box.text {
        struck += String(character)
        if character != " " { struck += "\u{336}" }
      }
      return TextBox(struck)
    }
  }

  /// Cells for an explicit space of `width` ems.
  static func cells(forSpace width: Double) -> Int {
    if width < 0.1 { return 0 }
    if width < 0.9 { return 1 }
    return Int((width * 2).rounded())
  }

  // MARK: Rows

  /// Spaces between neighbours of classes `left` and `right`, after TeX's
  /// spacing table (thin spaces count as one cell, none in scripts).
  private static func gap(_ left: MathClass, _ right: MathClass, style: Style) -> Int {
    switch (left, right) {
    case (.open, _), (_, .close), (_, .punct): return 0
    case (.bin, _), (_, .bin), (.rel, _), (_, .rel), (.punct, _): return style == .script ? 0 : 1
    case (.op, .open): return 0
    case (.op, _), (_, .op): return 1
    default: return 0
    }
  }

  private func layoutRow(_ nodes: [MathNode], style: Style) -> TextBox {
    var boxes: [TextBox] = []
    var gaps: [Int] = []
    var previous: MathClass?
    var explicit = 0
    var hasExplicit = false
    var tag: TextBox?
    var previousIsBlock = false
    // An inline `a/b` next to a factor would read wrongly (`1/2r²` looks like
    // 1/(2r²)), so such a fraction gets parentheses: `(1/2)r²`.
    var previousIsSlashFraction = false
    for node in nodes {
      if case .space(let width) = node {
        explicit += Self.cells(forSpace: width)
        hasExplicit = true
        continue
      }
      if case .tag = node {
        tag = layout(node, style: style)
        continue
      }
      if case .row(let inner) = node, inner.isEmpty { continue }
      var mathClass = node.mathClass
      if mathClass == .bin, MathClass.makesBinaryUnary(previous) {
        mathClass = .ord
      }
      let automatic = previous.map { Self.gap($0, mathClass, style: style) } ?? 0
      var gap = hasExplicit ? max(explicit, automatic) : automatic
      var box = layout(node, style: style)
      let isSlashFraction = Self.isSlashFraction(node, box)
      let juxtaposed = gap == 0 && previous.map { Self.endsFactor($0) } == true && Self.startsFactor(mathClass)
      if juxtaposed && isSlashFraction {
        box = TextBox("(" + box.text + ")")
      }
      if juxtaposed && previousIsSlashFraction, let last = boxes.indices.last {
        boxes[last] = TextBox("(" + boxes[last].text + ")")
      }
      previousIsSlashFraction = isSlashFraction
      if let last = boxes.last,
        (!box.isSingleLine && Self.isBlock(node))
          || (!last.isSingleLine && previousIsBlock)
      {
        gap = max(gap, 1)
      }
      previousIsBlock = Self.isBlock(node)
      gaps.append(gap)
      boxes.append(box)
      previous = mathClass
      explicit = 0
      hasExplicit = false
    }
    if hasExplicit && !boxes.isEmpty {
      // A trailing space (`\text{MSE:}\quad` before `&`) still separates the columns.
      boxes.append(TextBox(""))
      gaps.append(explicit)
    }
    if let tag {
      boxes.append(tag)
      gaps.append(boxes.count == 1 ? 0 : 4)
    }
    if boxes.isEmpty { return TextBox(String(repeating: " ", count: explicit)) }
    return TextBox.horizontal(boxes, gaps: gaps)
  }

  /// Whether `node` was laid out as an inline `a/b`.
  private static func isSlashFraction(_ node: MathNode, _ box: TextBox) -> Bool {
    guard box.isSingleLine, case .fraction(_, _, _, let binomial) = node, !binomial else { return false }
    return box.text.contains("/")
  }

  /// Classes that can end the left factor of a juxtaposed product (`2x`, `(a)b`).
  private static func endsFactor(_ mathClass: MathClass) -> Bool {
    [.ord, .close, .inner].contains(mathClass)
  }

  /// Classes that can start the right factor of a juxtaposed product (`x2`, `a(b)`).
  private static func startsFactor(_ mathClass: MathClass) -> Bool {
    [.ord, .open, .inner].contains(mathClass)
  }

  /// Whether `node` draws a 2-D block (a stacked fraction, a grid) that
  /// should not touch its neighbours.
  private static func isBlock(_ node: MathNode) -> Bool {
    switch node {
    case .fraction, .table, .root, .fenced, .brace, .boxed, .extensibleArrow, .stacked: true
    case .style(_, let body), .classed(_, let body), .colored(_, let body): isBlock(body)
    case .row(let nodes): nodes.count == 1 && isBlock(nodes[0])
    default: false
    }
  }

  // MARK: Fractions and roots

  private func layoutFraction(
    _ numerator: MathNode, _ denominator: MathNode, style: Style, forced: FractionStyle,
    binomial: Bool
  ) -> TextBox {
    let effective: Style =
      switch forced {
      case .automatic: style
      case .display: style == .script ? .script : .display
      case .text: style == .script ? .script : .text
      }
    let inner: Style = effective == .display ? .text : .script
    let top = layout(numerator, style: inner)
    let bottom = layout(denominator, style: inner)
    if stacks(effective) || (display && !top.isSingleLine) || (display && !bottom.isSingleLine) {
      if binomial {
        let stack = TextBox.vertical([top, bottom], baselineIndex: 0)
        return fence(stack, open: "(", close: ")")
      }
      let width = max(top.width, bottom.width) + 2
      let rule = TextBox(String(repeating: "─", count: width))
      return TextBox.vertical([top, rule, bottom], baselineIndex: 1)
    }
    if binomial {
      return TextBox("C(" + top.text + ", " + bottom.text + ")")
    }
    return TextBox(
      Self.slashOperand(numerator, top.text) + "/"
        + Self.slashOperand(denominator, bottom.text))
  }

  /// `text` for one side of an inline `a/b`, in parentheses unless it is atomic.
  private static func slashOperand(_ node: MathNode, _ text: String) -> String {
    isAtomic(node) || isDifferential(node) || isParenthesized(text) ? text : "(" + text + ")"
  }

  /// Whether `node` is `dx`, `∂f`, `∂x²` and the like, which read as one unit in `dy/dx`.
  static func isDifferential(_ node: MathNode) -> Bool {
    guard case .row(let nodes) = node, nodes.count == 2, isAtomic(nodes[1]) else { return false }
    var first = nodes[0]
    if case .scripts(let base, nil, _, _) = first { first = base }
    guard case .atom(let atom) = first else { return false }
    return ["d", "∂", "δ", "Δ", "∇"].contains(atom.text)
  }

  /// Whether `text` is one parenthesized group, possibly followed by script characters.
  static func isParenthesized(_ text: String) -> Bool {
    guard text.first == "(" else { return false }
    var level = 0
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "(" { level += 1 }
      if text[index] == ")" {
        level -= 1
        if level == 0 { break }
      }
      index = text.index(after: index)
    }
    guard index < text.endIndex else { return false }
    let rest = text[text.index(after: index)...]
    return rest.unicodeScalars.allSatisfy {
      ScriptCharacters.superscripts.values.contains($0)
        || ScriptCharacters.subscripts.values.contains($0)
    }
  }

  /// Whether `node` reads as one unit next to `/` or `√`.
  static func isAtomic(_ node: MathNode) -> Bool {
    switch node {
    case .atom(let atom):
      switch atom.kind {
      case .identifier, .number: return true
      case .symbol(let mathClass): return mathClass == .ord
      default: return false
      }
    case .row(let nodes): return nodes.count == 1 && isAtomic(nodes[0])
    case .scripts(let base, _, _, _): return isAtomic(base)
    case .fenced, .accent: return true
    case .text(let text): return !text.contains(" ")
    case .classed(_, let body), .style(_, let body): return isAtomic(body)
    default: return false
    }
  }

  private func layoutRoot(_ body: MathNode, index: MathNode?, style: Style) -> TextBox {
    let inner = layout(body, style: style)
    var sign = "√"
    if let index {
      let indexText = layout(index, style: .script).text
      switch indexText {
      case "3": sign = "∛"
      case "4": sign = "∜"
      default:
        sign = (ScriptCharacters.convert(indexText, superscript: true) ?? "^(\(indexText))") + "√"
      }
    }
    if inner.isSingleLine {
      return TextBox(sign + (Self.isAtomic(body) ? inner.text : "(" + inner.text + ")"))
    }
    let radical = TextBox(lines: [sign], baseline: 0)
    return TextBox.horizontal([radical, fence(inner, open: "(", close: ")")], gaps: [0, 0])
  }

  // MARK: Scripts

  private func layoutScripts(
    base: MathNode, sub: MathNode?, sup: MathNode?, placement: LimitsPlacement, style: Style
  ) -> TextBox {
    let baseBox = layout(base, style: style)
    let scriptStyle: Style = .script
    let subBox = sub.map { layout($0, style: scriptStyle) }
    let supBox = sup.map { layout($0, style: scriptStyle) }
    let limits =
      switch placement {
      case .automatic: base.takesLimits && style == .display
      case .limits: true
      case .besides: false
      }
    if limits && display {
      var parts: [TextBox] = []
      if let supBox { parts.append(supBox) }
      parts.append(baseBox)
      if let subBox { parts.append(subBox) }
      return TextBox.vertical(parts, baselineIndex: supBox == nil ? 0 : 1)
    }
    var pieces = [baseBox]
    var gaps = [0]
    var raised: TextBox?
    var lowered: TextBox?
    func converted(_ box: TextBox?, _ superscript: Bool) -> String? {
      guard let box, box.isSingleLine else { return nil }
      return ScriptCharacters.convert(box.text, superscript: superscript)
    }
    // In 2-D layout both scripts are raised and lowered together once one
    // of them has no Unicode form, so that they line up.
    let bothConvert =
      (subBox == nil || converted(subBox, false) != nil)
      && (supBox == nil || converted(supBox, true) != nil)
    // After a base several lines tall (tall parentheses, a stacked fraction)
    // one-line scripts go at its top and bottom right corners, as in LaTeX,
    // not beside its baseline.
    if display && !baseBox.isSingleLine && bothConvert {
      var corner = Array(repeating: "", count: baseBox.height)
      if let supBox { corner[0] = converted(supBox, true) ?? "" }
      if let subBox { corner[baseBox.height - 1] = converted(subBox, false) ?? "" }
      let column = TextBox(lines: corner, baseline: baseBox.baseline)
      return TextBox.horizontal([baseBox, column], gaps: [0, 0])
    }
    for (box, superscript) in [(subBox, false), (supBox, true)] {
      guard let box else { continue }
      if display && !bothConvert && (style != .script || !box.isSingleLine) {
        if superscript { raised = box } else { lowered = box }
      } else if let converted = converted(box, superscript) {
        pieces.append(TextBox(converted))
        gaps.append(0)
      } else {
        let mark = superscript ? "^" : "_"
        let text = box.text
        pieces.append(TextBox(displayWidth(text) == 1 ? mark + text : mark + "(" + text + ")"))
        gaps.append(0)
      }
    }
    var result = TextBox.horizontal(pieces, gaps: gaps)
    if raised != nil || lowered != nil {
      var column: [TextBox] = []
      if let raised { column.append(raised) }
      let spacer = TextBox(
        lines: Array(repeating: "", count: max(1, result.height)), baseline: result.baseline)
      column.append(spacer)
      if let lowered { column.append(lowered) }
      let scripts = TextBox.vertical(
        column, baselineIndex: raised == nil ? 0 : 1, alignment: .left)
      result = TextBox.horizontal([result, scripts], gaps: [0, 0])
    }
    return result
  }

  // MARK: Accents, braces, arrows

  private func layoutAccent(_ base: MathNode, mark: AccentMark, style: Style) -> TextBox {
    let box = layout(base, style: style)
    guard box.isSingleLine else {
      let line = TextBox(String(repeating: mark.stretchy ? "‾" : mark.character, count: box.width))
      return mark.under
        ? TextBox.vertical([box, line], baselineIndex: 0)
        : TextBox.vertical([line, box], baselineIndex: 1)
    }
    let text = box.text
    let everyCharacter = ["\u{305}", "\u{304}", "\u{332}"].contains(String(mark.combining))
    if everyCharacter && text.count > 1 {
      var result = ""
      for character in text {
        result += String(character)
        if character != " " { result.unicodeScalars.append(mark.combining) }
      }
      return TextBox(result)
    }
    if text.count == 1 {
      var result = text
      result.unicodeScalars.append(mark.combining)
      return TextBox(result)
    }
    var result = "(" + text + ")"
    result.unicodeScalars.append(mark.combining)
    return TextBox(result)
  }

  private func layoutBrace(_ body: MathNode, under: Bool, style: Style) -> TextBox {
    let box = layout(body, style: style)
    guard display else {
      return TextBox(Self.isAtomic(body) ? box.text : "(" + box.text + ")")
    }
    let width = max(3, box.width)
    let middle = (width - 1) / 2
    var line = under ? "╰" : "╭"
    for index in 1..<(width - 1) {
      line += index == middle ? (under ? "┬" : "┴") : "─"
    }
    line += under ? "╯" : "╮"
    let brace = TextBox(line)
    return under
      ? TextBox.vertical([box, brace], baselineIndex: 0)
      : TextBox.vertical([brace, box], baselineIndex: 1)
  }

  private func layoutArrow(_ arrow: String, over: MathNode?, under: MathNode?, style: Style)
    -> TextBox
  {
    let overBox = over.map { layout($0, style: .script) }
    let underBox = under.map { layout($0, style: .script) }
    if display, overBox?.isSingleLine ?? true, underBox?.isSingleLine ?? true {
      let width = max(overBox?.width ?? 0, underBox?.width ?? 0) + 2
      let shaft = String(
        repeating: arrow == "⇒" || arrow == "⇐" || arrow == "⇔" ? "═" : "─",
        count: max(1, width - 1))
      let line: String
      switch arrow {
      case "←", "⇐", "↩": line = arrow + shaft
      case "↔", "⇔": line = arrow == "↔" ? "←" + shaft + "→" : "⇐" + shaft + "⇒"
      default: line = shaft + arrow
      }
      var parts: [TextBox] = []
      if let overBox { parts.append(overBox) }
      parts.append(TextBox(line))
      if let underBox { parts.append(underBox) }
      return TextBox.vertical(parts, baselineIndex: overBox == nil ? 0 : 1)
    }
    var text = arrow
    if let overBox {
      text += ScriptCharacters.convert(overBox.text, superscript: true) ?? "^(\(overBox.text))"
    }
    if let underBox {
      text += ScriptCharacters.convert(underBox.text, superscript: false) ?? "_(\(underBox.text))"
    }
    return TextBox(text)
  }

  // MARK: Fences and frames

  /// `box` between `open` and `close`, drawn as tall as the box.
  func fence(_ box: TextBox, open: String, close: String) -> TextBox {
    if box.isSingleLine { return TextBox(open + box.text + close) }
    var parts: [TextBox] = []
    if !open.isEmpty { parts.append(TallDelimiter.box(open, matching: box)) }
    parts.append(box)
    if !close.isEmpty { parts.append(TallDelimiter.box(close, matching: box)) }
    return TextBox.horizontal(parts, gaps: Array(repeating: 0, count: parts.count))
  }

  private func frame(_ box: TextBox) -> TextBox {
    guard display else { return TextBox("[" + box.text + "]") }
    let rule = String(repeating: "─", count: box.width + 2)
    var lines = ["┌" + rule + "┐"]
    for line in box.lines { lines.append("│ " + line + " │") }
    lines.append("└" + rule + "┘")
    return TextBox(lines: lines, baseline: box.baseline + 1)
  }
}
