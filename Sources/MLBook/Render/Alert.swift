import Foundation
import Markdown

/// A GitHub-style alert: a block quote whose first line is `[!KIND]`, such as
/// `> [!NOTE]` or `> [!EXERCISE] Derive the MLE`. The Markdown still reads
/// well on GitHub; mlbook renders callouts, numbered exercises and collapsed answers.
struct Alert {
  enum Kind: String, CaseIterable {
    case note = "NOTE"
    case tip = "TIP"
    case important = "IMPORTANT"
    case warning = "WARNING"
    case caution = "CAUTION"
    case exercise = "EXERCISE"
    case answer = "ANSWER"
    case definition = "DEFINITION"
    case theorem = "THEOREM"
    case lemma = "LEMMA"
    case proposition = "PROPOSITION"
    case corollary = "COROLLARY"
    case example = "EXAMPLE"
    case remark = "REMARK"
    case proof = "PROOF"

    var label: String { rawValue.prefix(1) + rawValue.dropFirst().lowercased() }
    var isCallout: Bool { self != .exercise && self != .answer && numbered == nil && self != .proof }
    /// The numbered kind of a theorem-like block (`[!THEOREM]` → theorem); `nil` for the rest.
    var numbered: NumberedKind? { NumberedKind(rawValue: rawValue.lowercased()) }
  }

  var kind: Kind
  /// Words after the marker on its line (an exercise's title), without a trailing `{#label}`.
  var title: [Inline]
  /// The label written at the end of the marker's line: `> [!THEOREM] Bayes' rule {#thm-bayes}`.
  var label: String?
  /// The rest of the block quote.
  var blocks: [Block]

  /// Reads a block quote as an alert, if it is one.
  init?(_ quoted: [Block]) {
    guard case .paragraph(let inlines, let position)? = quoted.first, case .text(let first)? = inlines.first,
      first.hasPrefix("[!"), let close = first.firstIndex(of: "]")
    else { return nil }
    let name = first[first.index(first.startIndex, offsetBy: 2)..<close].uppercased()
    guard let kind = Kind(rawValue: name) else { return nil }
    self.kind = kind
    // The title runs to the end of the marker's line; the rest of the paragraph is body.
    var rest = Array(inlines.dropFirst())
    var titleText = String(first[first.index(after: close)...])
    var title: [Inline] = []
    while let next = rest.first {
      if case .softBreak = next { break }
      if case .lineBreak = next { break }
      title.append(next)
      rest.removeFirst()
    }
    titleText = titleText.drop(while: { $0 == " " }).description
    if !titleText.isEmpty { title.insert(.text(titleText), at: 0) }
    if let last = title.last, case .text(let t) = last {
      var text = String(t.reversed().drop(while: { $0 == " " }).reversed())
      if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards),
        let name = Self.labelName(text[open.lowerBound...])
      {
        label = name
        text = String(text[..<open.lowerBound].reversed().drop(while: { $0 == " " }).reversed())
      }
      if text.isEmpty { title.removeLast() } else { title[title.count - 1] = .text(text) }
    }
    self.title = title
    if case .softBreak? = rest.first { rest.removeFirst() }
    if case .lineBreak? = rest.first { rest.removeFirst() }
    blocks = (rest.isEmpty ? [] : [.paragraph(rest, position)]) + quoted.dropFirst()
  }

  /// `{#thm-bayes}` → `thm-bayes`, if the braces hold nothing but a label.
  static func labelName(_ attribute: Substring) -> String? {
    guard attribute.hasPrefix("{#"), attribute.hasSuffix("}"), attribute.count > 3 else { return nil }
    let name = attribute.dropFirst(2).dropLast()
    guard name.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return nil }
    return String(name)
  }

  /// The unknown marker of a block quote that looks like an alert but is not one
  /// (`[!NOET]`), to report it.
  static func unknownMarker(_ quoted: [Block]) -> String? {
    guard case .paragraph(let inlines, _)? = quoted.first, case .text(let first)? = inlines.first,
      first.hasPrefix("[!"), let close = first.firstIndex(of: "]")
    else { return nil }
    let name = String(first[first.index(first.startIndex, offsetBy: 2)..<close])
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter }), Kind(rawValue: name.uppercased()) == nil else { return nil }
    return name
  }
}
