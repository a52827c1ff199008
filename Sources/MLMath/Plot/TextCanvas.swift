/// A grid of terminal cells in three layers: fills (bars, heatmap shading) at the
/// bottom, braille dots (lines, contours) above them, and marker characters on top.
///
/// Each cell holds a 2 × 4 block of braille dots, so lines are drawn at twice the
/// horizontal and four times the vertical resolution of the grid. Dot coordinates
/// start at the top-left: `x` in `0..<2 * columns`, `y` in `0..<4 * rows`.
struct TextCanvas {
  /// The width in cells.
  let columns: Int
  /// The height in cells.
  let rows: Int
  private var dots: [UInt8]
  private var fills: [Character?]
  private var markers: [Character?]

  /// An empty canvas of `columns × rows` cells.
  init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    dots = Array(repeating: 0, count: columns * rows)
    fills = Array(repeating: nil, count: columns * rows)
    markers = Array(repeating: nil, count: columns * rows)
  }

  /// The dot-coordinate rectangle of the whole canvas.
  var dotRect: CanvasRect {
    CanvasRect(minX: 0, minY: 0, maxX: Double(2 * columns - 1), maxY: Double(4 * rows - 1))
  }

  /// The bit of each dot in a braille cell, by dot row (0–3) then dot column (0–1).
  private static let dotBits: [[UInt8]] = [
    [0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80],
  ]

  /// Sets the dot nearest `point`; points off the canvas are ignored.
  mutating func setDot(_ point: CanvasPoint) {
    let x = Int(point.x, rounding: .toNearestOrAwayFromZero, clampedTo: -1...(2 * columns))
    let y = Int(point.y, rounding: .toNearestOrAwayFromZero, clampedTo: -1...(4 * rows))
    guard x >= 0, y >= 0, x < 2 * columns, y < 4 * rows else { return }
    dots[(y / 4) * columns + x / 2] |= Self.dotBits[y % 4][x % 2]
  }

  /// Draws the polyline through `points` in dots, following `dash` (alternating
  /// on/off run lengths in dots; empty for a solid line).
  mutating func drawLine(_ points: [CanvasPoint], dash: [Int] = []) {
    let period = dash.reduce(0, +)
    var travelled = 0
    func isOn(_ position: Int) -> Bool {
      guard period > 0 else { return true }
      var phase = position % period
      for (index, run) in dash.enumerated() {
        if phase < run { return index.isMultiple(of: 2) }
        phase -= run
      }
      return true
    }
    if points.count == 1 { setDot(points[0]) }
    for (index, (a, b)) in zip(points, points.dropFirst()).enumerated() {
      let length = max(abs(b.x - a.x), abs(b.y - a.y))
      let steps = Int(length, rounding: .up, clampedTo: 1...(8 * (columns + rows)))
      for step in (index == 0 ? 0 : 1)...steps {
        let t = Double(step) / Double(steps)
        if isOn(travelled) {
          setDot(CanvasPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
        }
        travelled += 1
      }
    }
  }

  /// Puts `marker` in the cell containing the dot-coordinate `point`, above everything else.
  mutating func setMarker(_ marker: Character, at point: CanvasPoint) {
    let x = Int(point.x, rounding: .toNearestOrAwayFromZero, clampedTo: -1...(2 * columns))
    let y = Int(point.y, rounding: .toNearestOrAwayFromZero, clampedTo: -1...(4 * rows))
    guard x >= 0, y >= 0, x < 2 * columns, y < 4 * rows else { return }
    markers[(y / 4) * columns + x / 2] = marker
  }

  /// Writes `text` into the marker layer from cell `column` of `row` rightwards, cut at
  /// the canvas edge; every character must occupy one terminal cell.
  mutating func write(_ text: String, column: Int, row: Int) {
    guard row >= 0, row < rows else { return }
    for (offset, character) in text.enumerated() where column + offset >= 0 {
      guard column + offset < columns else { break }
      markers[row * columns + column + offset] = character
    }
  }

  /// Fills the cell at `column`, `row` with `character`, beneath dots and markers.
  mutating func setFill(_ character: Character, column: Int, row: Int) {
    guard column >= 0, row >= 0, column < columns, row < rows else { return }
    fills[row * columns + column] = character
  }

  /// The characters of cell row `row`: the marker, else the braille dots, else the
  /// fill, else a space.
  func line(_ row: Int) -> String {
    var text = ""
    for column in 0..<columns {
      let index = row * columns + column
      if let marker = markers[index] {
        text.append(marker)
      } else if dots[index] != 0 {
        text.unicodeScalars.append(Unicode.Scalar(0x2800 + UInt32(dots[index]))!)
      } else {
        text.append(fills[index] ?? " ")
      }
    }
    return text
  }
}
