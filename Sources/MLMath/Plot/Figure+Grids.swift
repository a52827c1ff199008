extension Figure {
  /// Draws a matrix as a grid of coloured cells, like `plt.imshow(m)` or `plt.pcolormesh`,
  /// with a colour bar showing the value scale.
  ///
  /// Without `y`, the matrix is drawn like an image: row 0 at the top, cell `(i, j)`
  /// centred on `(x: j, y: i)`, and the y axis growing downwards — the natural layout for
  /// confusion matrices and attention weights. With `y`, the matrix is a grid of function
  /// values, `m[i, j] = f(x_j, y_i)`: row 0 at the bottom of `y`, the layout of ``contour(_:x:y:levels:)``.
  ///
  /// - Parameters:
  ///   - values: The matrix; non-finite cells are left empty.
  ///   - x: The horizontal extent of the whole grid (by default, `-0.5...columns - 0.5`).
  ///   - y: The vertical extent of the whole grid, bottom to top.
  ///   - range: The values mapped to the ends of the colour map; by default, the
  ///     smallest and largest finite values.
  public func heatmap(
    _ values: Matrix, x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
    range: ClosedRange<Double>? = nil
  ) -> Figure {
    let finite = values.elements.filter(\.isFinite)
    var valueRange = range ?? ((finite.min() ?? 0)...(finite.max() ?? 1))
    if valueRange.lowerBound == valueRange.upperBound {
      valueRange = (valueRange.lowerBound - 0.5)...(valueRange.upperBound + 0.5)
    }
    let heatmap = Heatmap(
      values: values,
      x: x ?? (-0.5...(Double(values.columns) - 0.5)),
      y: y ?? (-0.5...(Double(values.rows) - 0.5)),
      rowZeroAtTop: y == nil,
      columnsAreIndexed: x == nil,
      valueRange: valueRange)
    return adding(.heatmap(heatmap))
  }

  /// Draws level curves of `f` over a rectangle, like `plt.contour(X, Y, Z)`.
  ///
  /// `f` is sampled on a `resolution × resolution` grid and the curves are traced with
  /// marching squares. Lower levels are drawn fainter than higher ones. Draw an
  /// optimiser's iterates on top with ``path(_:label:)``.
  ///
  /// - Parameters:
  ///   - f: The function of `(x, y)`.
  ///   - x: The horizontal range to sample.
  ///   - y: The vertical range to sample.
  ///   - levels: How many levels (an integer), or which (an array of values).
  ///   - resolution: The number of samples along each axis (at least 2).
  public func contour(
    _ f: (Double, Double) -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>,
    levels: ContourLevels = 8, resolution: Int = 64
  ) -> Figure {
    guard resolution >= 2 else { fatalError("contour(_:x:y:) needs a resolution of at least 2") }
    let n = resolution
    let xs = (0..<n).map {
      x.lowerBound + Double($0) * (x.upperBound - x.lowerBound) / Double(n - 1)
    }
    let ys = (0..<n).map {
      y.lowerBound + Double($0) * (y.upperBound - y.lowerBound) / Double(n - 1)
    }
    var grid = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in 0..<n {
        grid[i, j] = f(xs[j], ys[i])
      }
    }
    return contour(grid, x: x, y: y, levels: levels)
  }

  /// Draws level curves of a grid of samples, `grid[i, j] = f(x_j, y_i)`, like
  /// `plt.contour(X, Y, Z)` with `X, Y = np.meshgrid(xs, ys)`.
  ///
  /// - Parameters:
  ///   - grid: The samples: columns evenly spaced over `x`, rows over `y` (row 0 at the bottom).
  ///   - x: The horizontal range of the columns (first to last sample).
  ///   - y: The vertical range of the rows.
  ///   - levels: How many levels (an integer), or which (an array of values).
  public func contour(
    _ grid: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: ContourLevels = 8
  ) -> Figure {
    let tracer = MarchingSquares(values: grid, x: x, y: y)
    let finite = grid.elements.filter(\.isFinite)
    let values = levels.resolve(low: finite.min() ?? 0, high: finite.max() ?? 0)
    let traced = values.map { Contour.Level(value: $0, lines: tracer.isolines(at: $0)) }
    return adding(.contour(Contour(levels: traced, x: x, y: y)))
  }
}
