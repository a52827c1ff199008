import CCmarkGFM
import CMarkMath
import Foundation

/// Parses GitHub-flavoured Markdown with math into a ``Document``.
///
/// This file is the only place in mlbook that talks to cmark-gfm.
public enum MarkdownParser {
  /// cmark-gfm keeps its inline special-character table in a process-wide
  /// static, so only one parse may run at a time.
  private static let lock = NSLock()

  /// How deeply blocks and inlines may nest. Deeper input (10,000 nested block
  /// quotes, say) is reported instead of converted, so nothing downstream can
  /// exhaust the stack.
  public static let maximumDepth = 100

  /// Parses `source`. `$$` display blocks are turned into math fences first
  /// (see ``DisplayMathBlocks``), which keeps every line where it was.
  public static func parse(_ source: String) -> Document {
    let prepared = DisplayMathBlocks.fence(source)
    return lock.withLock { parseLocked(prepared, original: source) }
  }

  private static func parseLocked(_ source: String, original: String) -> Document {
    cmark_gfm_core_extensions_ensure_registered()
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    guard let parser = cmark_parser_new(options) else { return Document(blocks: []) }
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
      if let ext = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, ext)
      }
    }
    cmark_parser_attach_syntax_extension(parser, cmark_math_extension())
    source.withCString { cmark_parser_feed(parser, $0, source.utf8.count) }
    guard let root = cmark_parser_finish(parser) else { return Document(blocks: []) }
    defer { cmark_node_free(root) }
    let converter = Converter(lines: SourceLines(original))
    let blocks = converter.blocks(under: root, depth: 0)
    return Document(blocks: blocks, problems: converter.problems.items)
  }
}

/// The original source as bytes with line starts, to locate formulas and links
/// (cmark gives inline nodes no positions of their own).
struct SourceLines {
  let bytes: [UInt8]
  /// Byte offset where each line starts (line 1 at index 0).
  let starts: [Int]

  init(_ source: String) {
    bytes = Array(source.utf8)
    var starts = [0]
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
    self.starts = starts
  }

  var count: Int { starts.count }

  /// The text of a 1-based line, without its newline.
  func line(_ number: Int) -> Substring {
    guard number >= 1, number <= starts.count else { return "" }
    let start = starts[number - 1]
    let end = number < starts.count ? starts[number] - 1 : bytes.count
    return Substring(String(decoding: bytes[start..<max(start, end)], as: UTF8.self))
  }

  /// The position of the first occurrence of `needle` at or after `start`
  /// (1-based line; UTF-8 column of the match), looking at most 200 lines ahead.
  func find(_ needle: String, from start: SourcePosition) -> SourcePosition? {
    guard start.line >= 1, start.line <= starts.count else { return nil }
    let target = Array(needle.utf8)
    guard let first = target.first else { return nil }
    let lastLine = min(starts.count, start.line + 200)
    let limit = lastLine < starts.count ? starts[lastLine] : bytes.count
    var i = starts[start.line - 1] + max(0, start.column - 1)
    while i + target.count <= limit {
      if bytes[i] == first && bytes[i..<(i + target.count)].elementsEqual(target) {
        var line = start.line
        while line < starts.count && starts[line] <= i { line += 1 }
        return SourcePosition(line: line, column: i - starts[line - 1] + 1)
      }
      i += 1
    }
    return nil
  }
}

/// Walks a cmark tree and builds the Swift one.
private struct Converter {
  let lines: SourceLines
  let problems = Problems()

  final class Problems {
    var items: [Document.Problem] = []
    /// Footnote definitions seen so far (cmark has put them in reference order).
    var footnotes = 0
  }

  func blocks(under node: OpaquePointer, depth: Int) -> [Block] {
    guard depth < MarkdownParser.maximumDepth else {
      let position = self.position(node)
      if problems.items.isEmpty {
        problems.items.append(
          Document.Problem(
            position: position,
            message: "blocks are nested more than \(MarkdownParser.maximumDepth) levels deep; mlbook stops there"))
      }
      return []
    }
    return children(of: node).compactMap { block($0, depth: depth + 1) }
  }

  private func children(of node: OpaquePointer) -> [OpaquePointer] {
    var result: [OpaquePointer] = []
    var child = cmark_node_first_child(node)
    while let c = child {
      result.append(c)
      child = cmark_node_next(c)
    }
    return result
  }

  private func position(_ node: OpaquePointer) -> SourcePosition {
    SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
  }

  private func literal(_ node: OpaquePointer) -> String {
    guard let c = cmark_node_get_literal(node) else { return "" }
    return String(cString: c)
  }

  /// Extension node kinds are runtime globals, so they are told apart by name.
  private func typeName(_ node: OpaquePointer) -> String {
    String(cString: cmark_node_get_type_string(node))
  }

  private func block(_ node: OpaquePointer, depth: Int) -> Block? {
    let pos = position(node)
    switch cmark_node_get_type(node) {
    case CMARK_NODE_PARAGRAPH:
      let content = inlines(under: node, block: pos)
      // A paragraph that is nothing but one `$$…$$` formula is display math.
      let meaningful = content.filter { if case .softBreak = $0 { return false } else { return true } }
      if meaningful.count == 1, case .math(let m) = meaningful[0], m.isDisplay {
        return .displayMath(m)
      }
      // … and so is one followed by its label: `$$x^2$$ {#eq-square}`.
      if meaningful.count == 2, case .math(var m) = meaningful[0], m.isDisplay, case .text(let text) = meaningful[1],
        let label = MathLabel.attribute(text)
      {
        m.label = label
        return .displayMath(m)
      }
      return .paragraph(content, pos)
    case CMARK_NODE_HEADING:
      return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(under: node, block: pos), pos)
    case CMARK_NODE_BLOCK_QUOTE:
      return .blockQuote(blocks(under: node, depth: depth), pos)
    case CMARK_NODE_LIST:
      return .list(list(node, pos, depth: depth))
    case CMARK_NODE_CODE_BLOCK:
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      var length: Int32 = 0
      var offset: Int32 = 0
      var character: CChar = 0
      let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
      let code = CodeBlock(
        info: info, literal: literal(node), position: pos,
        endLine: Int(cmark_node_get_end_line(node)), isFenced: fenced)
      if fenced && code.language == "math" {
        let attribute = code.info.dropFirst("math".count)
        return .displayMath(
          Math(
            tex: code.literal, isDisplay: true, position: SourcePosition(line: pos.line + 1, column: pos.column),
            label: MathLabel.attribute(String(attribute))))
      }
      return .codeBlock(code)
    case CMARK_NODE_HTML_BLOCK:
      return .html(literal(node), pos)
    case CMARK_NODE_THEMATIC_BREAK:
      return .thematicBreak(pos)
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      // cmark keeps the definition's label to itself; read it from `[^label]:` in the source.
      var label = literal(node)
      if label.isEmpty, pos.line >= 1, pos.line <= lines.count {
        let line = lines.line(pos.line).drop(while: { $0 == " " || $0 == ">" })
        if line.hasPrefix("[^"), let end = line.firstIndex(of: "]") {
          label = String(line[line.index(line.startIndex, offsetBy: 2)..<end])
        }
      }
      problems.footnotes += 1
      let number = problems.footnotes
      return .footnoteDefinition(number: number, label: label, blocks: blocks(under: node, depth: depth), pos)
    default:
      if typeName(node) == "table" { return .table(table(node, pos)) }
      // Unknown block kinds keep their content rather than vanish.
      let inner = blocks(under: node, depth: depth)
      return inner.isEmpty ? nil : .blockQuote(inner, pos)
    }
  }

  private func list(_ node: OpaquePointer, _ pos: SourcePosition, depth: Int) -> List {
    let kind: List.Kind =
      cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
    let items = children(of: node).map { item -> List.Item in
      let checked: Bool? =
        typeName(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
      return List.Item(checked: checked, blocks: blocks(under: item, depth: depth + 1))
    }
    return List(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items, position: pos)
  }

  private func table(_ node: OpaquePointer, _ pos: SourcePosition) -> Table {
    let columns = Int(cmark_gfm_extensions_get_table_columns(node))
    var alignments: [Table.Alignment] = []
    if let raw = cmark_gfm_extensions_get_table_alignments(node) {
      for i in 0..<columns {
        switch UInt8(raw[i]) {
        case UInt8(ascii: "l"): alignments.append(.left)
        case UInt8(ascii: "c"): alignments.append(.center)
        case UInt8(ascii: "r"): alignments.append(.right)
        default: alignments.append(.none)
        }
      }
    }
    var header: [[Inline]] = []
    var rows: [[[Inline]]] = []
    for row in children(of: node) {
      let rowPos = position(row)
      let cells = children(of: row).map { inlines(under: $0, block: rowPos, inTableCell: true) }
      if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
        header = cells
      } else {
        rows.append(cells)
      }
    }
    return Table(alignments: alignments, header: header, rows: rows, position: pos)
  }

  /// - Parameter inTableCell: GFM splits a table row at every `|` not written
  ///   `\|`, and turns each `\|` into `|` before inline parsing. So a `|` in a
  ///   cell's formula was written `\|`, and the formula gets it back: math reads
  ///   the same in a cell as outside one (`$\|x\|$` is ‖x‖ in both; a single bar
  ///   in a cell is `\vert`, `\lvert…\rvert` or `\mid`).
  private func inlines(under node: OpaquePointer, block: SourcePosition, inTableCell: Bool = false) -> [Inline] {
    var cursor = block
    let parsed = inlines(under: node, cursor: &cursor, depth: 0, inTableCell: inTableCell)
    cursor = block
    return citations(in: parsed, cursor: &cursor)
  }

  /// `inlines` with the citations in their text picked out (see ``CitationSyntax``);
  /// `cursor` follows them through the source so each gets its own position.
  /// Link text and image descriptions are left as written.
  private func citations(in inlines: [Inline], cursor: inout SourcePosition) -> [Inline] {
    var result: [Inline] = []
    for inline in inlines {
      switch inline {
      case .text(let text):
        guard let pieces = CitationSyntax.scan(text) else {
          result.append(inline)
          continue
        }
        for piece in pieces {
          switch piece {
          case .text(let plain):
            result.append(.text(plain))
          case .citation(let items, let isBracketed, let source):
            var position = cursor
            if let found = lines.find(source, from: cursor) {
              position = found
              cursor = SourcePosition(line: found.line, column: found.column + source.utf8.count)
            }
            result.append(
              .citation(Citation(items: items, isBracketed: isBracketed, source: source, position: position)))
          }
        }
      case .emphasis(let content): result.append(.emphasis(citations(in: content, cursor: &cursor)))
      case .strong(let content): result.append(.strong(citations(in: content, cursor: &cursor)))
      case .strikethrough(let content): result.append(.strikethrough(citations(in: content, cursor: &cursor)))
      case .math(let math):
        cursor = max(cursor, math.position)
        result.append(inline)
      case .link(_, _, _, let position), .image(_, _, _, let position), .footnoteReference(_, let position):
        cursor = max(cursor, position)
        result.append(inline)
      default:
        result.append(inline)
      }
    }
    return result
  }

  /// Where a link's or image's destination is written (`](dest`, else `dest`
  /// alone, for reference links and autolinks), at or after `start`; moves
  /// `cursor` past it when found.
  private func locate(destination: String, from start: SourcePosition, cursor: inout SourcePosition)
    -> SourcePosition
  {
    if let found = lines.find("](" + destination, from: start) {
      cursor = SourcePosition(line: found.line, column: found.column + 2)
      return cursor
    }
    if let found = lines.find(destination, from: start) {
      cursor = found
      return found
    }
    return start
  }

  /// `cursor` moves through the source as formulas are found, so that two equal
  /// formulas in one paragraph get their own positions.
  private func inlines(
    under node: OpaquePointer, cursor: inout SourcePosition, depth: Int, inTableCell: Bool = false
  ) -> [Inline] {
    guard depth < MarkdownParser.maximumDepth else {
      if problems.items.isEmpty {
        problems.items.append(
          Document.Problem(
            position: cursor,
            message: "inline markup is nested more than \(MarkdownParser.maximumDepth) levels deep; mlbook stops there")
        )
      }
      return []
    }
    var result: [Inline] = []
    for child in children(of: node) {
      switch cmark_node_get_type(child) {
      case CMARK_NODE_TEXT:
        let text = literal(child)
        if text.isEmpty { continue }
        if case .text(let previous)? = result.last {
          result[result.count - 1] = .text(previous + text)
        } else {
          result.append(.text(text))
        }
      case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
      case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
      case CMARK_NODE_CODE:
        if cmark_math_node_is_math(child) != 0 {
          var tex = literal(child)
          if inTableCell { tex = tex.replacing("|", with: "\\|") }
          let display = cmark_math_node_is_display(child) != 0
          let delimiter = display ? "$$" : "$"
          var pos = cursor
          if let found = lines.find(delimiter + tex, from: cursor) {
            pos = SourcePosition(line: found.line, column: found.column + delimiter.utf8.count)
            cursor = SourcePosition(line: found.line, column: pos.column + tex.utf8.count)
          }
          result.append(.math(Math(tex: tex, isDisplay: display, position: pos)))
        } else {
          result.append(.code(literal(child)))
        }
      case CMARK_NODE_EMPH:
        result.append(.emphasis(inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell)))
      case CMARK_NODE_STRONG:
        result.append(.strong(inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell)))
      case CMARK_NODE_LINK:
        let destination = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
        let start = cursor
        let content = inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell)
        let position = locate(destination: destination, from: start, cursor: &cursor)
        result.append(
          .link(
            destination: destination, title: cmark_node_get_title(child).map { String(cString: $0) } ?? "",
            content: content, position: position))
      case CMARK_NODE_IMAGE:
        let source = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
        let start = cursor
        let alt = inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell)
        let position = locate(destination: source, from: start, cursor: &cursor)
        result.append(
          .image(
            source: source, title: cmark_node_get_title(child).map { String(cString: $0) } ?? "", alt: alt,
            position: position))
      case CMARK_NODE_HTML_INLINE: result.append(.html(literal(child)))
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        // cmark's literal for a reference is the footnote's number.
        var position = cursor
        if let found = lines.find("[^", from: cursor) {
          position = found
          cursor = SourcePosition(line: found.line, column: found.column + 2)
        }
        result.append(.footnoteReference(number: Int(literal(child)) ?? 0, position: position))
      default:
        if typeName(child) == "strikethrough" {
          result.append(
            .strikethrough(inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell)))
        } else {
          result.append(contentsOf: inlines(under: child, cursor: &cursor, depth: depth + 1, inTableCell: inTableCell))
        }
      }
    }
    return result
  }
}
