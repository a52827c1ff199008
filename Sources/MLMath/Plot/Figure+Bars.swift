extension Figure {
  /// Draws a histogram of `data` with `bins` equal-width bins, like `plt.hist(data, bins=…)`.
  ///
  /// - Parameters:
  ///   - data: The values; non-finite ones are ignored.
  ///   - bins: The number of bins.
  ///   - range: The range the bins span; by default, the data's minimum to maximum.
  ///   - density: If `true`, bar heights are normalised so that the bars' total area is 1
  ///     (comparable with a probability density); otherwise they are counts.
  ///   - label: The series name shown by ``legend(_:)``.
  public func histogram(
    _ data: some Sequence<Double>, bins: Int = 10, range: ClosedRange<Double>? = nil,
    density: Bool = false, label: String? = nil
  ) -> Figure {
    let histogram = HistogramBins(Array(data), count: bins, range: range)
    let total = Double(histogram.counts.reduce(0, +))
    let bars = histogram.counts.indices.map { i in
      let lower = histogram.edges[i]
      let upper = histogram.edges[i + 1]
      let count = Double(histogram.counts[i])
      let value = density ? (total > 0 ? count / (total * (upper - lower)) : 0) : count
      return Bars.Bar(lower: lower, upper: upper, value: value)
    }
    return adding(
      .bars(Bars(bars: bars, categories: nil, label: label, styleIndex: nextStyleIndex)))
  }

  /// Draws one bar per category, like `plt.bar(labels, values)`.
  ///
  /// Bar `i` is centred on `x = i`, and the x axis is labelled with the category names.
  ///
  /// - Parameters:
  ///   - categories: The category names, shown under the bars.
  ///   - values: The bar heights, one per category; negative bars hang below zero.
  ///   - label: The series name shown by ``legend(_:)``.
  public func bar(
    _ categories: [String], _ values: some Sequence<Double>, label: String? = nil
  ) -> Figure {
    let heights = Array(values)
    guard heights.count == categories.count else {
      failure(
        "bar: values needs one value per category, but there are \(categories.count) categories and \(heights.count) values"
      )
    }
    let bars = heights.enumerated().map { i, value in
      Bars.Bar(lower: Double(i) - 0.4, upper: Double(i) + 0.4, value: value)
    }
    return adding(
      .bars(Bars(bars: bars, categories: categories, label: label, styleIndex: nextStyleIndex)))
  }
}
