import Foundation

/// Where a contour level's value label goes: at the middle of the level's longest visible
/// piece, turned along the line, with the line interrupted beneath it (like matplotlib's
/// `clabel` with `inline=True`).
struct ContourLabelPlacement {
  /// The label's centre.
  var position: CanvasPoint
  /// The line's direction at the label, in degrees, turned to read left to right (−90…90).
  var angle: Double
  /// The pieces of the level with the gap for the label cut out.
  var pieces: [[CanvasPoint]]

  /// A placement on `pieces` leaving a gap of `gap` units along the line, or `nil` when
  /// no piece is long enough to carry the label.
  init?(on pieces: [[CanvasPoint]], gap: Double) {
    let lengths = pieces.map(Self.length)
    guard let longest = lengths.indices.max(by: { lengths[$0] < lengths[$1] }),
      lengths[longest] >= gap * 2
    else { return nil }
    let line = pieces[longest]
    let middle = lengths[longest] / 2
    let start = middle - gap / 2
    let end = middle + gap / 2
    let (before, _) = Self.cut(line, at: start)
    let (_, after) = Self.cut(line, at: end)
    let from = before.last ?? line[0]
    let to = after.first ?? line[line.count - 1]
    position = CanvasPoint(x: (from.x + to.x) / 2, y: (from.y + to.y) / 2)
    var degrees = Foundation.atan2(to.y - from.y, to.x - from.x) * 180 / Double.pi
    if degrees > 90 { degrees -= 180 }
    if degrees <= -90 { degrees += 180 }
    angle = degrees
    var remaining = pieces
    remaining.replaceSubrange(longest...longest, with: [before, after].filter { $0.count > 1 })
    self.pieces = remaining
  }

  /// The length of a polyline.
  private static func length(_ line: [CanvasPoint]) -> Double {
    zip(line, line.dropFirst()).reduce(0) { $0 + distance($1.0, $1.1) }
  }

  private static func distance(_ a: CanvasPoint, _ b: CanvasPoint) -> Double {
    ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
  }

  /// `line` cut at arc length `position` into the part up to the cut and the part from
  /// it; both contain the cut point.
  private static func cut(_ line: [CanvasPoint], at position: Double) -> (
    head: [CanvasPoint], tail: [CanvasPoint]
  ) {
    var travelled = 0.0
    for (index, (a, b)) in zip(line, line.dropFirst()).enumerated() {
      let segment = distance(a, b)
      if travelled + segment >= position, segment > 0 {
        let t = max(0, (position - travelled) / segment)
        let point = CanvasPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
        return (Array(line[...index]) + [point], [point] + Array(line[(index + 1)...]))
      }
      travelled += segment
    }
    return (line, [])
  }
}
