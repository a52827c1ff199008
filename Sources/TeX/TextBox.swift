/// A rectangle of text for the 2-D layout of display math.
///
/// Every line is exactly ``width`` terminal cells wide (padded with spaces),
/// and ``baseline`` is the index of the line that lines up with neighbours.
struct TextBox: Sendable, Equatable {
  private(set) var lines: [String]
  private(set) var baseline: Int
  private(set) var width: Int

  /// A one-line box.
  init(_ text: String) {
    lines = [text]
    baseline = 0
    width = displayWidth(text)
  }

  /// A box from lines that may be ragged; they are padded on the right.
  init(lines: [String], baseline: Int) {
    let widths = lines.map { displayWidth($0) }
    let width = widths.max() ?? 0
    self.lines = zip(lines, widths).map { $0 + String(repeating: " ", count: width - $1) }
    self.baseline = baseline
    self.width = width
  }

  static let empty = TextBox("")

  var height: Int { lines.count }
  var isSingleLine: Bool { lines.count == 1 }
  /// Lines above the baseline.
  var ascent: Int { baseline }
  /// Lines below the baseline.
  var descent: Int { lines.count - baseline - 1 }

  /// The only line, for one-line boxes.
  var text: String { lines.joined(separator: " ") }

  /// Boxes side by side with `gaps[i]` spaces before box `i`, baselines aligned.
  static func horizontal(_ boxes: [TextBox], gaps: [Int]) -> TextBox {
    guard !boxes.isEmpty else { return .empty }
    if boxes.allSatisfy(\.isSingleLine) {
      var line = ""
      for (index, box) in boxes.enumerated() {
        line += String(repeating: " ", count: gaps[index]) + box.lines[0]
      }
      return TextBox(line)
    }
    let ascent = boxes.map(\.ascent).max() ?? 0
    let descent = boxes.map(\.descent).max() ?? 0
    var lines = Array(repeating: "", count: ascent + descent + 1)
    for (index, box) in boxes.enumerated() {
      let blank = String(repeating: " ", count: box.width)
      let gap = String(repeating: " ", count: gaps[index])
      for row in 0..<lines.count {
        let inner = row - (ascent - box.baseline)
        lines[row] += gap + (inner >= 0 && inner < box.height ? box.lines[inner] : blank)
      }
    }
    return TextBox(lines: lines, baseline: ascent)
  }

  /// Boxes on top of each other, each centered; `baselineIndex` picks the box
  /// whose baseline becomes the result's.
  static func vertical(_ boxes: [TextBox], baselineIndex: Int, alignment: ColumnAlignment = .center)
    -> TextBox
  {
    let width = boxes.map(\.width).max() ?? 0
    var lines: [String] = []
    var baseline = 0
    for (index, box) in boxes.enumerated() {
      if index == baselineIndex { baseline = lines.count + box.baseline }
      for line in box.lines { lines.append(pad(line, from: box.width, to: width, alignment)) }
    }
    return TextBox(lines: lines, baseline: baseline)
  }

  /// `line` (of `current` cells) padded to `target` cells.
  static func pad(_ line: String, from current: Int, to target: Int, _ alignment: ColumnAlignment)
    -> String
  {
    let extra = max(0, target - current)
    let left =
      switch alignment {
      case .left: 0
      case .center: extra / 2
      case .right: extra
      }
    return String(repeating: " ", count: left) + line
      + String(repeating: " ", count: extra - left)
  }

  /// The box widened to `target` cells.
  func padded(to target: Int, _ alignment: ColumnAlignment) -> TextBox {
    guard target > width else { return self }
    var box = self
    box.lines = lines.map { Self.pad($0, from: width, to: target, alignment) }
    box.width = target
    return box
  }

  /// The box grown to `ascent` lines above and `descent` below its baseline.
  func extended(ascent: Int, descent: Int) -> TextBox {
    let blank = String(repeating: " ", count: width)
    let above = Array(repeating: blank, count: max(0, ascent - self.ascent))
    let below = Array(repeating: blank, count: max(0, descent - self.descent))
    var box = self
    box.lines = above + lines + below
    box.baseline = baseline + above.count
    return box
  }

  /// The lines with trailing spaces removed, joined by newlines.
  var rendered: String {
    var trimmed = lines.map { line -> Substring in
      var end = line.endIndex
      while end > line.startIndex, line[line.index(before: end)] == " " {
        end = line.index(before: end)
      }
      return line[..<end]
    }
    while trimmed.count > 1, trimmed.last?.isEmpty == true { trimmed.removeLast() }
    while trimmed.count > 1, trimmed.first?.isEmpty == true { trimmed.removeFirst() }
    return trimmed.joined(separator: "\n")
  }
}
