extension Figure {
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
  ///   - labelled: Whether to write each level's value on its curve, like `plt.clabel`.
  public func contour(
    _ f: (Double, Double) -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>,
    levels: ContourLevels = 8, resolution: Int = 64, labelled: Bool = false
  ) -> Figure {
    guard resolution >= 2 else { failure("contour: resolution must be at least 2, got \(resolution)") }
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
    return contour(grid, x: x, y: y, levels: levels, labelled: labelled)
  }

  /// Draws level curves of a grid of samples, `grid[i, j] = f(x_j, y_i)`, like
  /// `plt.contour(X, Y, Z)` with `X, Y = np.meshgrid(xs, ys)`.
  ///
  /// - Parameters:
  ///   - grid: The samples: columns evenly spaced over `x`, rows over `y` (row 0 at the bottom).
  ///   - x: The horizontal range of the columns (first to last sample).
  ///   - y: The vertical range of the rows.
  ///   - levels: How many levels (an integer), or which (an array of values).
  ///   - labelled: Whether to write each level's value on its curve, like `plt.clabel`.
  public func contour(
    _ grid: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: ContourLevels = 8,
    labelled: Bool = false
  ) -> Figure {
    let tracer = MarchingSquares(values: grid, x: x, y: y)
    let finite = grid.elements.filter(\.isFinite)
    let values = levels.resolve(low: finite.min() ?? 0, high: finite.max() ?? 0)
    let traced = values.map { Contour.Level(value: $0, lines: tracer.isolines(at: $0)) }
    return adding(.contour(Contour(levels: traced, x: x, y: y, labelled: labelled)))
  }
}
