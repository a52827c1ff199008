/// TeX's atom classes, which decide the spacing between neighbours.
enum MathClass: Sendable, Equatable {
  case ord, op, bin, rel, open, close, punct, inner

  /// Whether a binary operator after an atom of class `previous` (nil at the
  /// start of a row) is unary, as the minus in `-x` or `a = -b`.
  static func makesBinaryUnary(_ previous: MathClass?) -> Bool {
    guard let previous else { return true }
    return [.bin, .op, .rel, .open, .punct].contains(previous)
  }
}

/// A single symbol of the formula: a letter, a number, an operator or a function name.
struct Atom: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// A variable; one character is shown italic unless `upright`.
    case identifier(upright: Bool)
    /// Digits, possibly with a decimal point.
    case number
    /// An operator of the given class (`+`, `=`, `(`, `,`, …).
    case symbol(MathClass)
    /// A big operator such as ∑ or ∫; `limits` says whether limits go above and
    /// below in display style.
    case largeOperator(limits: Bool)
    /// A named function such as sin or lim; `limits` as for large operators.
    case function(limits: Bool)
  }

  var text: String
  var kind: Kind

  var mathClass: MathClass {
    switch kind {
    case .identifier, .number: .ord
    case .symbol(let mathClass): mathClass
    case .largeOperator, .function: .op
    }
  }
}

/// Where a big operator's scripts go.
enum LimitsPlacement: Sendable, Equatable {
  /// The operator's default: under/over in display style for ∑, beside for ∫.
  case automatic
  /// `\limits`: always under and over.
  case limits
  /// `\nolimits`: always beside.
  case besides
}

/// How an accent is drawn.
struct AccentMark: Sendable, Equatable {
  /// The character MathML draws over (or under) the base.
  var character: String
  /// The combining character the text renderer attaches to a one-character base.
  var combining: Unicode.Scalar
  /// Whether the mark stretches over the whole base (`\widehat`, `\overline`).
  var stretchy: Bool
  /// Whether the mark goes under the base (`\underline`).
  var under: Bool
}

/// One column of an `array` (or of the implicit columns of other environments).
enum ColumnAlignment: Sendable, Equatable {
  case left, center, right
}

/// A matrix-like environment: rows of cells plus how to lay them out.
struct MathTable: Sendable, Equatable {
  enum Layout: Sendable, Equatable {
    /// Centered columns (matrices, `array`).
    case matrix
    /// Left-aligned columns in text style (`cases`).
    case cases
    /// Alternating right/left columns in display style (`aligned`).
    case aligned
    /// One centered column in display style (`gathered`).
    case gathered
    /// Centered rows of limits under a big operator (`\substack`).
    case substack
  }

  var layout: Layout
  var rows: [[MathNode]]
  /// Alignment per column; missing columns are centered.
  var columns: [ColumnAlignment] = []
  /// Column indices with a vertical rule on their left (the count of columns
  /// means a rule after the last column).
  var verticalRules: Set<Int> = []
  /// Row indices with a horizontal rule above them (the row count means below the last).
  var horizontalRules: Set<Int> = []
  /// Fences around the table, `""` for none.
  var open: String = ""
  var close: String = ""
  /// Smaller cells, as for `smallmatrix`.
  var small: Bool = false
}

/// A node of the math tree that the parser builds and the renderers walk.
indirect enum MathNode: Sendable, Equatable {
  /// A sequence.
  case row([MathNode])
  /// One symbol.
  case atom(Atom)
  /// Upright text (`\text{…}`), already in its final characters.
  case text(String)
  /// Horizontal space in ems (negative for `\!`).
  case space(Double)
  /// `\frac`, `\dfrac`, `\tfrac`, `\binom` (no rule, in parentheses).
  case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle, binomial: Bool)
  /// `\sqrt`, `\sqrt[n]`.
  case root(MathNode, index: MathNode?)
  /// A base with subscript and/or superscript.
  case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, placement: LimitsPlacement)
  /// `\left…\right`, with `\middle` delimiters as `.fence` atoms inside; `""` for `.`.
  case fenced(open: String, body: MathNode, close: String)
  /// `\middle`.
  case middle(String)
  /// `\big(` and friends; `size` 1…4.
  case sizedDelimiter(String, size: Int, mathClass: MathClass)
  /// `\hat{x}` and friends.
  case accent(base: MathNode, mark: AccentMark)
  /// `\underbrace`/`\overbrace`: takes its label as a limit.
  case brace(MathNode, under: Bool)
  /// `\overset`, `\underset`, `\stackrel`.
  case stacked(base: MathNode, over: MathNode?, under: MathNode?)
  /// `\xrightarrow[below]{above}` and friends.
  case extensibleArrow(String, over: MathNode?, under: MathNode?)
  /// Matrices, cases, aligned equations, arrays.
  case table(MathTable)
  /// `\displaystyle` (true) or `\textstyle` (false) applied to the rest of a group.
  case style(display: Bool, MathNode)
  /// `\phantom` and its horizontal/vertical variants.
  case phantom(MathNode, PhantomKind)
  /// `\boxed`.
  case boxed(MathNode)
  /// `\mathop`, `\mathrel`, `\mathbin`, …: content treated as one atom of a class.
  case classed(MathClass, MathNode)
  /// `$…$` inside `\text{…}`: math in text style, whatever the style around
  /// the text (a fraction there is inline-sized even in display math).
  case textMath(MathNode)
  /// `\tag{…}`: an equation label, shown at the right.
  case tag(MathNode)
  /// `\color{…}`, `\textcolor{…}{…}`: a CSS color name or `#rgb` value.
  case colored(String, MathNode)
  /// `\cancel`, `\bcancel`, `\xcancel`, `\sout`: struck-through content.
  case struck(MathNode, Strike)
}

/// How `\frac` variants force the style of the fraction.
enum FractionStyle: Sendable, Equatable {
  case automatic, display, text
}

/// The stroke of a cancellation.
enum Strike: String, Sendable, Equatable {
  case cancel, bcancel, xcancel, sout
}

/// Which dimensions a phantom keeps.
enum PhantomKind: Sendable, Equatable {
  case full, horizontal, vertical
}

extension MathNode {
  /// The class the node has as a neighbour in a row.
  var mathClass: MathClass {
    switch self {
    case .atom(let atom): atom.mathClass
    case .scripts(let base, _, _, _): base.mathClass
    case .classed(let mathClass, _): mathClass
    case .fenced: .inner
    case .fraction: .inner
    case .sizedDelimiter(_, _, let mathClass): mathClass
    case .middle: .rel
    case .brace: .ord
    case .extensibleArrow: .rel
    case .row(let nodes): nodes.count == 1 ? nodes[0].mathClass : .ord
    case .style(_, let body), .colored(_, let body): body.mathClass
    case .stacked(let base, _, _): base.mathClass
    default: .ord
    }
  }

  /// Whether scripts on this node go under and over in display style by default.
  var takesLimits: Bool {
    switch self {
    case .atom(let atom):
      switch atom.kind {
      case .largeOperator(let limits), .function(let limits): limits
      default: false
      }
    case .classed(.op, _): true
    case .brace: true
    case .row(let nodes): nodes.count == 1 && nodes[0].takesLimits
    default: false
    }
  }

  /// Whether the node is a big operator or function that `\limits` may follow.
  var isOperator: Bool {
    switch self {
    case .atom(let atom):
      switch atom.kind {
      case .largeOperator, .function: true
      default: false
      }
    case .classed(.op, _), .brace: true
    case .row(let nodes): nodes.count == 1 && nodes[0].isOperator
    default: false
    }
  }
}
