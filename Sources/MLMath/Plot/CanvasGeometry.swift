/// A point on a rendering surface: SVG pixels or braille dots, with y growing downwards.
struct CanvasPoint: Sendable, Hashable {
  var x: Double
  var y: Double
}

/// An axis-aligned rectangle on a rendering surface.
struct CanvasRect: Sendable, Hashable {
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double

  /// The horizontal extent.
  var width: Double { maxX - minX }
  /// The vertical extent.
  var height: Double { maxY - minY }

  /// Whether `point` lies inside or on the edge.
  func contains(_ point: CanvasPoint) -> Bool {
    point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
  }

  /// The part of the segment `a`–`b` inside the rectangle, or `nil` if none is
  /// (Liang–Barsky clipping).
  func clip(_ a: CanvasPoint, _ b: CanvasPoint) -> (CanvasPoint, CanvasPoint)? {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var enter = 0.0
    var exit = 1.0
    // Each pair bounds the segment parameter t by one side: p·t ≤ q.
    for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
      if p == 0 {
        if q < 0 { return nil }
      } else {
        let t = q / p
        if p < 0 { enter = max(enter, t) } else { exit = min(exit, t) }
      }
    }
    guard enter <= exit else { return nil }
    return (
      CanvasPoint(x: a.x + enter * dx, y: a.y + enter * dy),
      CanvasPoint(x: a.x + exit * dx, y: a.y + exit * dy)
    )
  }
}

/// Maps data coordinates onto a rectangle of a rendering surface through two axes.
struct PlotProjection: Sendable {
  /// The horizontal axis.
  let x: PlotAxis
  /// The vertical axis.
  let y: PlotAxis
  /// Where the plot area lies on the surface.
  let rect: CanvasRect

  /// The surface position of `point` (possibly outside `rect`), or `nil` if an axis
  /// cannot show it.
  func project(_ point: PlotPoint) -> CanvasPoint? {
    guard let fx = x.fraction(point.x), let fy = y.fraction(point.y) else { return nil }
    return CanvasPoint(x: rect.minX + fx * rect.width, y: rect.maxY - fy * rect.height)
  }

  /// The surface x of the data value `value`, or `nil` if the axis cannot show it.
  func projectX(_ value: Double) -> Double? {
    x.fraction(value).map { rect.minX + $0 * rect.width }
  }

  /// The surface y of the data value `value`, or `nil` if the axis cannot show it.
  func projectY(_ value: Double) -> Double? {
    y.fraction(value).map { rect.maxY - $0 * rect.height }
  }

  /// The visible pieces of the line through `points`, clipped to `rect`: a point the
  /// axes cannot show breaks the line.
  func polylines(_ points: [PlotPoint]) -> [[CanvasPoint]] {
    var pieces: [[CanvasPoint]] = []
    var current: [CanvasPoint] = []
    var previous: CanvasPoint?
    for point in points {
      guard let next = project(point) else {
        previous = nil
        continue
      }
      defer { previous = next }
      guard let from = previous, let (start, end) = rect.clip(from, next) else { continue }
      if current.last != start {
        if current.count > 1 { pieces.append(current) }
        current = [start]
      }
      current.append(end)
    }
    if current.count > 1 { pieces.append(current) }
    if points.count == 1, let only = points.first.flatMap(project), rect.contains(only) {
      pieces.append([only])
    }
    return pieces
  }

  /// The surface positions of the points inside `rect`.
  func markers(_ points: [PlotPoint]) -> [CanvasPoint] {
    points.compactMap(project).filter(rect.contains)
  }
}
