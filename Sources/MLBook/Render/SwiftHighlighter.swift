import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Swift code as highlighted HTML, classified by swift-syntax at build time
/// (the same classifier editors use), so pages need no highlighting script.
enum SwiftHighlighter {
  /// The deepest bracket nesting (``SwiftNesting``) that is still coloured.
  ///
  /// The course's code nests at most 7 deep; the parser's worst shapes take
  /// under a millisecond at 10 levels in a release build (`[` ten times:
  /// 0.8 ms) and 1.7–2× more with each further level.
  static let maximumNesting = 10

  /// Escaped HTML with `<span class="hl-…">` around keywords, types, literals, comments…;
  /// plain escaped text when the code nests deeper than ``maximumNesting``
  /// (`LessonWarnings` tells the author).
  static func html(_ code: String) -> String {
    guard SwiftNesting.deepest(in: code).depth <= maximumNesting else { return HTMLEscape.text(code) }
    let tree = Parser.parse(source: code)
    let bytes = Array(code.utf8)
    var html = ""
    html.reserveCapacity(bytes.count * 2)
    var position = 0
    for range in tree.classifications {
      let start = range.range.lowerBound.utf8Offset
      let end = range.range.upperBound.utf8Offset
      guard start >= position, end <= bytes.count, start < end else { continue }
      if start > position { html += escape(bytes[position..<start]) }
      let text = escape(bytes[start..<end])
      if let name = cssClass(range.kind) {
        html += "<span class=\"hl-\(name)\">\(text)</span>"
      } else {
        html += text
      }
      position = end
    }
    if position < bytes.count { html += escape(bytes[position...]) }
    return html
  }

  private static func escape(_ bytes: ArraySlice<UInt8>) -> String {
    HTMLEscape.text(String(decoding: bytes, as: UTF8.self))
  }

  private static func cssClass(_ kind: SyntaxClassification) -> String? {
    switch kind {
    case .keyword: return "kw"
    case .type: return "ty"
    case .stringLiteral, .regexLiteral: return "str"
    case .integerLiteral, .floatLiteral: return "num"
    case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "com"
    case .attribute: return "attr"
    case .operator: return "op"
    case .ifConfigDirective: return "pp"
    case .dollarIdentifier, .argumentLabel: return "label"
    case .identifier, .none, .editorPlaceholder: return nil
    @unknown default: return nil
    }
  }
}
