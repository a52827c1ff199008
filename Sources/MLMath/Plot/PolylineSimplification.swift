/// Ramer–Douglas–Peucker simplification: drops the points of a polyline that lie
/// within a tolerance of the line through their neighbours that are kept.
///
/// Dense data (thousands of samples across a few hundred pixels) keeps its visible
/// shape at a fraction of the size.
enum PolylineSimplification {
  /// The points of `polyline` to keep so that no dropped point is farther than
  /// `tolerance` from the simplified line; the ends are always kept.
  static func simplify(_ polyline: [CanvasPoint], tolerance: Double) -> [CanvasPoint] {
    guard polyline.count > 2 else { return polyline }
    var keep = Array(repeating: false, count: polyline.count)
    keep[0] = true
    keep[polyline.count - 1] = true
    // An explicit stack of index ranges instead of recursion: inputs can be long.
    var ranges = [(0, polyline.count - 1)]
    while let (first, last) = ranges.popLast() {
      guard last - first > 1 else { continue }
      var farthest = first
      var farthestDistance = -1.0
      for index in (first + 1)..<last {
        let distance = self.distance(polyline[index], polyline[first], polyline[last])
        if distance > farthestDistance {
          farthest = index
          farthestDistance = distance
        }
      }
      if farthestDistance > tolerance {
        keep[farthest] = true
        ranges.append((first, farthest))
        ranges.append((farthest, last))
      }
    }
    return polyline.indices.filter { keep[$0] }.map { polyline[$0] }
  }

  /// The distance from `point` to the segment `a`–`b`.
  private static func distance(_ point: CanvasPoint, _ a: CanvasPoint, _ b: CanvasPoint) -> Double {
    let dx = b.x - a.x
    let dy = b.y - a.y
    let lengthSquared = dx * dx + dy * dy
    var t = 0.0
    if lengthSquared > 0 {
      t = min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared, 0), 1)
    }
    let x = a.x + t * dx - point.x
    let y = a.y + t * dy - point.y
    return (x * x + y * y).squareRoot()
  }
}
