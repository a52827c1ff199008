/// Delimiters drawn several lines tall from box-drawing and bracket pieces.
enum TallDelimiter {
  /// `delimiter` as a column of `height` one-cell strings, with the middle
  /// piece (of braces) at `middle`.
  static func column(_ delimiter: String, height: Int, middle: Int) -> [String] {
    guard height > 1 else { return [delimiter] }
    let pieces: (top: String, extender: String, bottom: String, middle: String?)
    switch delimiter {
    case "(": pieces = ("⎛", "⎜", "⎝", nil)
    case ")": pieces = ("⎞", "⎟", "⎠", nil)
    case "[": pieces = ("⎡", "⎢", "⎣", nil)
    case "]": pieces = ("⎤", "⎥", "⎦", nil)
    case "{": pieces = ("⎧", "⎪", "⎩", "⎨")
    case "}": pieces = ("⎫", "⎪", "⎭", "⎬")
    case "⌊": pieces = ("⎢", "⎢", "⎣", nil)
    case "⌋": pieces = ("⎥", "⎥", "⎦", nil)
    case "⌈": pieces = ("⎡", "⎢", "⎢", nil)
    case "⌉": pieces = ("⎤", "⎥", "⎥", nil)
    case "|": pieces = ("│", "│", "│", nil)
    case "‖": pieces = ("‖", "‖", "‖", nil)
    case "⟨": return angle(height, opening: true)
    case "⟩": return angle(height, opening: false)
    default:
      var column = Array(repeating: " ", count: height)
      column[min(max(0, middle), height - 1)] = delimiter
      return column
    }
    var column =
      [pieces.top] + Array(repeating: pieces.extender, count: height - 2) + [pieces.bottom]
    if let piece = pieces.middle {
      if height == 2 {
        column = delimiter == "{" ? ["⎰", "⎱"] : ["⎱", "⎰"]
      } else {
        column[min(max(1, middle), height - 2)] = piece
      }
    }
    return column
  }

  private static func angle(_ height: Int, opening: Bool) -> [String] {
    let half = height / 2
    var column: [String] = []
    for row in 0..<height {
      if height % 2 == 1 && row == half {
        column.append(opening ? "⟨" : "⟩")
      } else if row < half {
        column.append(opening ? "╱" : "╲")
      } else {
        column.append(opening ? "╲" : "╱")
      }
    }
    return column
  }

  /// A box of the delimiter as tall as `box`, sharing its baseline.
  static func box(_ delimiter: String, matching box: TextBox) -> TextBox {
    if delimiter.isEmpty { return .empty }
    let width = max(1, displayWidth(delimiter))
    let column = column(delimiter, height: box.height, middle: box.baseline)
    return TextBox(
      lines: column.map { $0 + String(repeating: " ", count: max(0, width - displayWidth($0))) },
      baseline: box.baseline)
  }
}
