/// Traces level curves through a grid of samples with the marching-squares algorithm.
///
/// The grid holds `values[i, j] = f(x_j, y_i)`: columns run along x and rows along y,
/// row 0 at the lowest y, with samples evenly spaced over the given ranges (both ends
/// included). Each cell of four neighbouring samples contributes at most two segments,
/// with crossings placed by linear interpolation; ambiguous (saddle) cells are resolved
/// with the average of their corners. Segments are then joined into polylines.
struct MarchingSquares {
  /// The samples.
  let values: Matrix
  /// The horizontal range covered by the columns.
  let x: ClosedRange<Double>
  /// The vertical range covered by the rows.
  let y: ClosedRange<Double>

  /// A tracer for `values` sampled over `x` × `y`; the grid must be at least 2 × 2.
  init(values: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>) {
    guard values.rows >= 2, values.columns >= 2 else {
      failure(
        "contour: the grid needs at least 2×2 samples, got shape \(shapeText(values.rows, values.columns))"
      )
    }
    self.values = values
    self.x = x
    self.y = y
  }

  /// The polylines along which the sampled function equals `level`, in a fixed order.
  /// A closed curve's polyline ends where it starts.
  func isolines(at level: Double) -> [[PlotPoint]] {
    var segments: [(Int, Int)] = []
    for i in 0..<(values.rows - 1) {
      for j in 0..<(values.columns - 1) {
        appendSegments(ofCellAt: i, j, level: level, to: &segments)
      }
    }
    return chain(segments).map { edges in edges.map { crossing(onEdge: $0, level: level) } }
  }

  // MARK: - Cells

  /// The id of the edge from sample `(i, j)` to `(i, j + 1)`.
  private func horizontalEdge(_ i: Int, _ j: Int) -> Int { 2 * (i * values.columns + j) }

  /// The id of the edge from sample `(i, j)` to `(i + 1, j)`.
  private func verticalEdge(_ i: Int, _ j: Int) -> Int { 2 * (i * values.columns + j) + 1 }

  /// Appends the segments (as pairs of crossed edges) of the cell whose lower-left
  /// sample is `(i, j)`.
  private func appendSegments(
    ofCellAt i: Int, _ j: Int, level: Double, to segments: inout [(Int, Int)]
  ) {
    let corners = [values[i, j], values[i, j + 1], values[i + 1, j + 1], values[i + 1, j]]
    guard corners.allSatisfy(\.isFinite) else { return }
    var index = 0
    for (bit, value) in corners.enumerated() where value >= level {
      index |= 1 << bit
    }
    let bottom = horizontalEdge(i, j)
    let right = verticalEdge(i, j + 1)
    let top = horizontalEdge(i + 1, j)
    let left = verticalEdge(i, j)
    let centreIsAbove = corners.reduce(0, +) / 4 >= level
    switch index {
    case 1, 14: segments.append((left, bottom))
    case 2, 13: segments.append((bottom, right))
    case 3, 12: segments.append((left, right))
    case 4, 11: segments.append((right, top))
    case 6, 9: segments.append((bottom, top))
    case 7, 8: segments.append((left, top))
    case 5:
      // Lower-left and upper-right corners are above the level.
      if centreIsAbove {
        segments.append((bottom, right))
        segments.append((top, left))
      } else {
        segments.append((left, bottom))
        segments.append((right, top))
      }
    case 10:
      // Lower-right and upper-left corners are above the level.
      if centreIsAbove {
        segments.append((left, bottom))
        segments.append((right, top))
      } else {
        segments.append((bottom, right))
        segments.append((top, left))
      }
    default:
      break
    }
  }

  /// The point where the function crosses `level` on the edge with id `edge`.
  private func crossing(onEdge edge: Int, level: Double) -> PlotPoint {
    let sample = edge / 2
    let i = sample / values.columns
    let j = sample % values.columns
    let (i2, j2) = edge.isMultiple(of: 2) ? (i, j + 1) : (i + 1, j)
    let from = values[i, j]
    let to = values[i2, j2]
    let t = from == to ? 0.5 : (level - from) / (to - from)
    let column = Double(j) + t * Double(j2 - j)
    let row = Double(i) + t * Double(i2 - i)
    let dx = (x.upperBound - x.lowerBound) / Double(values.columns - 1)
    let dy = (y.upperBound - y.lowerBound) / Double(values.rows - 1)
    return PlotPoint(x: x.lowerBound + column * dx, y: y.lowerBound + row * dy)
  }

  // MARK: - Chaining

  /// Joins segments that share an edge into maximal chains of edges.
  private func chain(_ segments: [(Int, Int)]) -> [[Int]] {
    var segmentsAtEdge: [Int: [Int]] = [:]
    for (index, segment) in segments.enumerated() {
      segmentsAtEdge[segment.0, default: []].append(index)
      segmentsAtEdge[segment.1, default: []].append(index)
    }
    var used = Array(repeating: false, count: segments.count)

    /// Follows unused segments from `edge`, appending the edges reached.
    func extend(_ chain: inout [Int], from edge: Int) {
      var current = edge
      while let next = segmentsAtEdge[current]?.first(where: { !used[$0] }) {
        used[next] = true
        let (a, b) = segments[next]
        current = a == current ? b : a
        chain.append(current)
      }
    }

    var chains: [[Int]] = []
    for (index, segment) in segments.enumerated() where !used[index] {
      used[index] = true
      var forward = [segment.0, segment.1]
      extend(&forward, from: segment.1)
      var backward: [Int] = []
      extend(&backward, from: segment.0)
      chains.append(backward.reversed() + forward)
    }
    return chains
  }
}
