/// The `d` attribute of an SVG `<path>`, built from absolute commands with coordinates
/// rounded to two decimals.
struct SVGPathData {
  /// The commands so far.
  private(set) var text = ""

  /// Whether no command has been added.
  var isEmpty: Bool { text.isEmpty }

  /// Starts a new subpath at `point`.
  mutating func move(to point: CanvasPoint) {
    text += "M" + Self.pair(point)
  }

  /// Draws a straight segment to `point`.
  mutating func line(to point: CanvasPoint) {
    text += "L" + Self.pair(point)
  }

  /// Appends raw commands (relative moves, arcs) written by the caller.
  mutating func append(_ commands: String) {
    text += commands
  }

  /// Adds each polyline as a subpath: a move to its first point, lines to the rest.
  ///
  /// Points that change the drawn line by less than `tolerance` pixels are left out, so
  /// that dense data does not bloat the document with invisible detail.
  mutating func add(_ polylines: [[CanvasPoint]], tolerance: Double = 0.25) {
    for polyline in polylines {
      let kept = PolylineSimplification.simplify(polyline, tolerance: tolerance)
      guard let first = kept.first else { continue }
      move(to: first)
      for point in kept.dropFirst() { line(to: point) }
    }
  }

  /// `"x y"` for `point`, two decimals at most.
  static func pair(_ point: CanvasPoint) -> String {
    number(point.x) + " " + number(point.y)
  }

  /// `value` with two decimals at most.
  static func number(_ value: Double) -> String {
    PlotNumberFormat.svg(value)
  }
}
