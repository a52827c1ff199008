/// A parsed Markdown document: a small Swift tree with no C in sight.
///
/// Line and column numbers are 1-based and count in the original source, so
/// diagnostics can point into the file the author edits.
public struct Document: Sendable, Equatable {
  public var blocks: [Block]
  /// Input the parser refused to turn into a tree (nesting deeper than ``MarkdownParser/maximumDepth``).
  public var problems: [Problem]

  public init(blocks: [Block], problems: [Problem] = []) {
    self.blocks = blocks
    self.problems = problems
  }

  public struct Problem: Sendable, Equatable {
    public var position: SourcePosition
    public var message: String
  }
}

/// A position in the source: 1-based line and column (column in UTF-8 bytes, as cmark counts).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// Block-level content.
public indirect enum Block: Sendable, Equatable {
  case paragraph([Inline], SourcePosition)
  case heading(level: Int, content: [Inline], SourcePosition)
  case blockQuote([Block], SourcePosition)
  case list(List)
  case codeBlock(CodeBlock)
  case html(String, SourcePosition)
  case thematicBreak(SourcePosition)
  case table(Table)
  /// Display math: a ```` ```math ```` fence, a `$$` … `$$` block, or a
  /// paragraph holding nothing but one `$$…$$` formula.
  case displayMath(Math)
  /// A footnote's text. cmark-gfm numbers footnotes by their first reference,
  /// drops the ones never referenced and moves the rest to the end of the
  /// document in that order (out of quotes and lists too); `label` is the name
  /// written in the source (`[^bias]:` → `bias`).
  case footnoteDefinition(number: Int, label: String, blocks: [Block], SourcePosition)

  /// Where the block starts in the source.
  public var position: SourcePosition {
    switch self {
    case .paragraph(_, let p), .heading(_, _, let p), .blockQuote(_, let p), .html(_, let p),
      .thematicBreak(let p), .footnoteDefinition(_, _, _, let p):
      return p
    case .list(let list): return list.position
    case .codeBlock(let code): return code.position
    case .table(let table): return table.position
    case .displayMath(let math): return math.position
    }
  }
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable, Equatable {
  /// The info string after the opening fence (`swift-run hidden`), empty for indented code.
  public var info: String
  /// The code, container prefixes and fence indentation removed; ends with a newline unless empty.
  public var literal: String
  public var position: SourcePosition
  /// The line of the closing fence (or of the last line, if the fence is never closed).
  public var endLine: Int
  public var isFenced: Bool

  public init(info: String, literal: String, position: SourcePosition, endLine: Int, isFenced: Bool) {
    self.info = info
    self.literal = literal
    self.position = position
    self.endLine = endLine
    self.isFenced = isFenced
  }

  /// The first word of the info string: the language.
  public var language: String {
    String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
  }

  /// The line of the first line of code (after the opening fence).
  public var firstCodeLine: Int { isFenced ? position.line + 1 : position.line }
}

public struct List: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case bullet
    case ordered(start: Int)
  }

  public struct Item: Sendable, Equatable {
    /// `true`/`false` for a GFM task item (`- [x]`), `nil` otherwise.
    public var checked: Bool?
    public var blocks: [Block]

    public init(checked: Bool?, blocks: [Block]) {
      self.checked = checked
      self.blocks = blocks
    }
  }

  public var kind: Kind
  public var isTight: Bool
  public var items: [Item]
  public var position: SourcePosition

  public init(kind: Kind, isTight: Bool, items: [Item], position: SourcePosition) {
    self.kind = kind
    self.isTight = isTight
    self.items = items
    self.position = position
  }
}

public struct Table: Sendable, Equatable {
  public enum Alignment: Sendable, Equatable {
    case none, left, center, right
  }

  public var alignments: [Alignment]
  public var header: [[Inline]]
  public var rows: [[[Inline]]]
  public var position: SourcePosition

  public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], position: SourcePosition) {
    self.alignments = alignments
    self.header = header
    self.rows = rows
    self.position = position
  }
}

/// A formula, exactly as written between its delimiters.
public struct Math: Sendable, Equatable {
  public var tex: String
  public var isDisplay: Bool
  /// Where the TeX itself starts (the first byte after the delimiter), as far as
  /// it can be located in the source.
  public var position: SourcePosition
  /// The label of a display formula (`$$ … $$ {#eq-mse}`, or ```` ```math {#eq-mse} ````), without the `#`.
  public var label: String?

  public init(tex: String, isDisplay: Bool, position: SourcePosition, label: String? = nil) {
    self.tex = tex
    self.isDisplay = isDisplay
    self.position = position
    self.label = label
  }
}

/// A citation or cross-reference as Pandoc and Quarto write them: `@key`
/// (narrative), `[@key]`, `[@key, p. 3]`, `[see @a; @b]`, `[-@key]`.
///
/// The syntax does not say which it is: a key with a cross-reference prefix
/// (`eq-`, `fig-`, `thm-`, …) names a numbered thing, any other a bibliography entry.
public struct Citation: Sendable, Equatable {
  public struct Item: Sendable, Equatable {
    public var key: String
    /// Words before the key inside the brackets (`see` in `[see @key]`).
    public var prefix: String
    /// Words after the key's comma (`p. 3` in `[@key, p. 3]`).
    public var locator: String
    /// `[-@key]`: the author (or the label's kind) left out.
    public var suppressesAuthor: Bool

    public init(key: String, prefix: String = "", locator: String = "", suppressesAuthor: Bool = false) {
      self.key = key
      self.prefix = prefix
      self.locator = locator
      self.suppressesAuthor = suppressesAuthor
    }
  }

  public var items: [Item]
  /// `[@key]` rather than `@key`.
  public var isBracketed: Bool
  /// The citation exactly as written.
  public var source: String
  /// Where its `@` (or `[`) is written, as far as it can be located.
  public var position: SourcePosition

  public init(items: [Item], isBracketed: Bool, source: String, position: SourcePosition) {
    self.items = items
    self.isBracketed = isBracketed
    self.source = source
    self.position = position
  }
}

/// Inline content.
public indirect enum Inline: Sendable, Equatable {
  case text(String)
  case softBreak
  case lineBreak
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case strikethrough([Inline])
  /// A link; `position` is where its destination is written, as far as it can be located.
  case link(destination: String, title: String, content: [Inline], position: SourcePosition)
  /// An image; `position` is where its source is written, as far as it can be located.
  case image(source: String, title: String, alt: [Inline], position: SourcePosition)
  case html(String)
  case math(Math)
  /// A reference to footnote `number` (numbered by first reference, from 1);
  /// `position` is where its `[^` is written, as far as it can be located.
  case footnoteReference(number: Int, position: SourcePosition)
  /// A citation or a cross-reference (see ``Citation``).
  case citation(Citation)

  /// The text a reader would see, without markup (for alt text, slugs, search).
  public var plainText: String {
    switch self {
    case .text(let s), .code(let s), .html(let s): return s
    case .softBreak, .lineBreak: return " "
    case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c, _), .image(_, _, let c, _):
      return c.plainText
    case .math(let m): return m.tex
    case .footnoteReference: return ""
    case .citation(let citation): return citation.source
    }
  }
}

extension Array where Element == Inline {
  /// The concatenated plain text of a run of inlines.
  public var plainText: String { map(\.plainText).joined() }
}
