/// Renders LaTeX math to MathML Core and to readable Unicode text.
///
/// ```swift
/// let tex = try TeXRenderer(macros: ["R": "\\mathbb{R}"])
/// let html = try tex.mathML("x \\in \\R^n", display: false)
/// let text = try tex.text("\\frac{a}{b}", display: true)
/// ```
///
/// A formula either renders completely or throws a ``TeXError`` pointing at
/// the offending token; nothing half-rendered is ever returned. Parsing is
/// linear in the size of the formula, nesting is limited to a fixed depth and
/// macro expansion to a fixed number of steps, so any input finishes quickly.
/// The renderer holds no mutable state and may be shared between threads.
public struct TeXRenderer: Sendable {
  private let macros: [String: Macro]

  /// Creates a renderer with user macros.
  ///
  /// - Parameter macros: Macro names without the backslash mapped to their
  ///   bodies, e.g. `["R": "\\mathbb{R}", "norm": "\\left\\lVert #1 \\right\\rVert"]`.
  ///   `#1`…`#9` in a body stand for arguments.
  /// - Throws: A ``TeXError`` if a name is not letters (or a single other
  ///   character), or a body does not parse. Its offset is within the body,
  ///   and its message names the macro.
  public init(macros: [String: String] = [:]) throws(TeXError) {
    var table: [String: Macro] = [:]
    for (name, body) in macros.sorted(by: { $0.key < $1.key }) {
      table[name] = try Macro(name: name, definition: body)
    }
    self.macros = table
    for (name, macro) in table.sorted(by: { $0.key < $1.key }) {
      var probe = "\\" + name
      for _ in 0..<macro.parameterCount { probe += "{x}" }
      do {
        _ = try parse(probe)
      } catch {
        throw TeXError(
          message: "macro \\\(name): \(error.message)", utf8Offset: 0,
          length: max(1, (macros[name] ?? "").utf8.count))
      }
    }
  }

  /// Renders `source` as a MathML Core `<math>` element.
  ///
  /// The element holds `<semantics>` with the rendering and an
  /// `application/x-tex` annotation carrying the source. Display math gets
  /// `display="block"`. The output is deterministic.
  ///
  /// - Parameters:
  ///   - source: The formula, without `$` delimiters.
  ///   - display: Whether the formula is display math (`$$…$$`).
  /// - Throws: A ``TeXError`` locating the first problem in `source`.
  public func mathML(_ source: String, display: Bool) throws(TeXError) -> String {
    let tree = try parse(source)
    var writer = MathMLWriter()
    writer.writeElement(tree)
    let body: String
    if case .row(let nodes) = tree, nodes.count == 1 {
      body = "<mrow>\(writer.output)</mrow>"
    } else {
      body = writer.output.hasPrefix("<mrow>") ? writer.output : "<mrow>\(writer.output)</mrow>"
    }
    let open = display ? "<math display=\"block\">" : "<math>"
    return open + "<semantics>" + body
      + "<annotation encoding=\"application/x-tex\">\(XML.escaped(source))</annotation>"
      + "</semantics></math>"
  }

  /// Renders `source` as Unicode text for plain-text output.
  ///
  /// Letters and symbols become Unicode (𝓛, ŷ, ∑, ≤, ℝ), scripts become
  /// Unicode sub- and superscripts where every character has one and `_(…)`,
  /// `^(…)` otherwise, and fractions become `a/b`. For display math the result
  /// may span several lines: fractions are stacked over a rule, big operators
  /// carry their limits above and below, matrices sit in tall brackets. Lines
  /// are laid out by ``displayWidth(_:)`` and carry no trailing spaces.
  ///
  /// - Throws: A ``TeXError`` locating the first problem in `source`.
  public func text(_ source: String, display: Bool) throws(TeXError) -> String {
    let tree = try parse(source)
    return TextRenderer(display: display).render(tree)
  }

  /// Parses `source` into a tree.
  func parse(_ source: String) throws(TeXError) -> MathNode {
    var parser = try Parser(source: source, macros: macros)
    return try parser.parseFormula()
  }
}
