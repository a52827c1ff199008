/// Turns `$$` … `$$` display blocks into ```` ```math ```` fences before cmark sees them.
///
/// Left to the inline parser, a display formula spread over lines is at the mercy
/// of block parsing: a line starting with `+` or `-` becomes a list item, `#` a
/// heading. A fence keeps every byte. Only a `$$` alone on its line opens or
/// closes such a block (with the same container prefix, such as `> `), and only
/// when a closing `$$` follows before a blank line; every line stays where it was.
enum DisplayMathBlocks {
  static func fence(_ source: String) -> String {
    guard containsDoubleDollar(source) else { return source }
    var lines = source.linesSplitAtNewlineCharacters().map(String.init)
    var openFence: (char: Character, count: Int)? = nil
    var index = 0
    while index < lines.count {
      let (prefix, rest) = split(lines[index])
      let trimmed = rest.trimmingTrailingWhitespace()
      if let fence = openFence {
        if let closing = fenceRun(trimmed), closing.char == fence.char, closing.count >= fence.count,
          trimmed.allSatisfy({ $0 == fence.char })
        {
          openFence = nil
        }
      } else if let opening = fenceRun(trimmed) {
        openFence = opening
      } else if trimmed == "$$", let close = closingLine(after: index, prefix: prefix, in: lines) {
        // A label on the closing line (`$$ {#eq-mse}`) moves to the fence's info string.
        let closing = split(lines[close]).1.trimmingTrailingWhitespace()
        let attribute = closing.dropFirst(2)
        lines[index] = prefix + "```math" + (attribute.isEmpty ? "" : " " + attribute.drop(while: { $0 == " " }))
        lines[close] = prefix + "```"
        index = close
      }
      index += 1
    }
    return lines.joined(separator: "\n")
  }

  private static func containsDoubleDollar(_ source: String) -> Bool {
    var previous: UInt8 = 0
    for byte in source.utf8 {
      if byte == UInt8(ascii: "$") && previous == byte { return true }
      previous = byte
    }
    return false
  }

  /// Container prefix (`>`, spaces) and the rest of a line.
  private static func split(_ line: String) -> (String, Substring) {
    let rest = line.drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
    return (String(line[..<rest.startIndex]), rest)
  }

  private static func fenceRun(_ text: Substring) -> (char: Character, count: Int)? {
    guard let first = text.first, first == "`" || first == "~" else { return nil }
    let count = text.prefix(while: { $0 == first }).count
    return count >= 3 ? (first, count) : nil
  }

  private static func closingLine(after start: Int, prefix: String, in lines: [String]) -> Int? {
    var i = start + 1
    while i < lines.count {
      let (p, rest) = split(lines[i])
      let trimmed = rest.trimmingTrailingWhitespace()
      if trimmed.isEmpty { return nil }
      if trimmed == "$$" || (trimmed.hasPrefix("$$") && MathLabel.attribute(String(trimmed.dropFirst(2))) != nil) {
        return p == prefix ? i : nil
      }
      i += 1
    }
    return nil
  }
}

extension Substring {
  fileprivate func trimmingTrailingWhitespace() -> Substring {
    var s = self
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return s
  }
}

/// The label attribute written after a display formula: ` {#eq-mse}` → `eq-mse`.
enum MathLabel {
  /// The label in `text` if `text` is nothing but spaces and one `{#label}`.
  static func attribute(_ text: String) -> String? {
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" })
      .reversed()
    let body = String(trimmed)
    guard body.hasPrefix("{#"), body.hasSuffix("}"), body.count > 3 else { return nil }
    let label = body.dropFirst(2).dropLast()
    guard label.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return nil }
    return String(label)
  }
}
