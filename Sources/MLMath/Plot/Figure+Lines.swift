extension Figure {
  /// Draws `y` against `x` as a line, like matplotlib's `plt.plot(x, y)`.
  ///
  /// Each call adds a series with the next colour and dash pattern of the palette.
  /// A non-finite value (such as `.nan`) leaves a gap in the line.
  ///
  /// - Parameters:
  ///   - x: The horizontal coordinates (a `Vector`, `[Double]`, or any sequence of `Double`).
  ///   - y: The vertical coordinates, one per `x`.
  ///   - label: The series name shown by ``legend(_:)``.
  ///   - markers: Whether to mark each point too, like matplotlib's `"o-"` format.
  public func plot(
    _ x: some Sequence<Double>, _ y: some Sequence<Double>, label: String? = nil,
    markers: Bool = false
  ) -> Figure {
    var line = series(x, y, label: label, caller: "plot")
    line.showsMarkers = markers
    return adding(.line(line))
  }

  /// Draws `y` against its indices `0, 1, 2, …` as a line, like `plt.plot(y)`.
  ///
  /// - Parameters:
  ///   - y: The vertical coordinates.
  ///   - label: The series name shown by ``legend(_:)``.
  ///   - markers: Whether to mark each point too, like matplotlib's `"o-"` format.
  public func plot(_ y: some Sequence<Double>, label: String? = nil, markers: Bool = false)
    -> Figure
  {
    let values = Array(y)
    return plot(values.indices.map(Double.init), values, label: label, markers: markers)
  }

  /// Draws the graph of `f` over `domain`, sampled at `samples` evenly spaced points.
  ///
  /// - Parameters:
  ///   - f: The function to draw; it is called once per sample, in increasing order of `x`.
  ///   - domain: The horizontal range to sample.
  ///   - samples: The number of points (at least 2); 200 is smooth at any rendering size.
  ///   - label: The series name shown by ``legend(_:)``.
  public func plot(
    _ f: (Double) -> Double, in domain: ClosedRange<Double>, samples: Int = 200,
    label: String? = nil
  ) -> Figure {
    guard samples >= 2 else { failure("plot(_:in:samples:): samples must be at least 2, got \(samples)") }
    let step = (domain.upperBound - domain.lowerBound) / Double(samples - 1)
    let x = (0..<samples).map { domain.lowerBound + Double($0) * step }
    return plot(x, x.map(f), label: label)
  }

  /// Draws unconnected points at `(x[i], y[i])`, like `plt.scatter(x, y)`.
  ///
  /// Each scatter series gets its own colour and marker shape.
  ///
  /// - Parameters:
  ///   - x: The horizontal coordinates.
  ///   - y: The vertical coordinates, one per `x`.
  ///   - label: The series name shown by ``legend(_:)``.
  public func scatter(
    _ x: some Sequence<Double>, _ y: some Sequence<Double>, label: String? = nil
  ) -> Figure {
    adding(.scatter(series(x, y, label: label, caller: "scatter")))
  }

  /// Draws a path through `(x[i], y[i])` with a marker at every point, on top of
  /// everything else — for example the iterates of gradient descent over a contour plot.
  ///
  /// - Parameters:
  ///   - x: The horizontal coordinates.
  ///   - y: The vertical coordinates, one per `x`.
  ///   - label: The series name shown by ``legend(_:)``.
  public func path(
    _ x: some Sequence<Double>, _ y: some Sequence<Double>, label: String? = nil
  ) -> Figure {
    adding(.path(series(x, y, label: label, caller: "path")))
  }

  /// Draws a path through two-dimensional points with a marker at every point.
  ///
  /// ```swift
  /// var w: Vector = [2, 2]
  /// var iterates = [w]
  /// for _ in 0..<20 { w = step(w); iterates.append(w) }
  /// Figure().contour(loss, x: -3...3, y: -3...3).path(iterates)
  /// ```
  ///
  /// - Parameters:
  ///   - points: The points in order; each must have exactly two elements `(x, y)`.
  ///   - label: The series name shown by ``legend(_:)``.
  public func path(_ points: [Vector], label: String? = nil) -> Figure {
    for (i, point) in points.enumerated() where point.count != 2 {
      failure("path(_:): every point needs 2 elements (x, y); point \(i) has \(point.count)")
    }
    return path(points.map { $0[0] }, points.map { $0[1] }, label: label)
  }

  /// Pairs up `x` and `y` into a series with the next palette style.
  private func series(
    _ x: some Sequence<Double>, _ y: some Sequence<Double>, label: String?, caller: String
  ) -> Series {
    let xs = Array(x)
    let ys = Array(y)
    guard xs.count == ys.count else {
      failure(
        "\(caller): x and y must have the same length, but x has \(xs.count) values and y has \(ys.count)"
      )
    }
    let points = zip(xs, ys).map { PlotPoint(x: $0, y: $1) }
    return Series(points: points, label: label, styleIndex: nextStyleIndex)
  }
}
