/// Counts of values in equal-width bins, computed like NumPy's `np.histogram`.
struct HistogramBins: Sendable, Hashable {
  /// The `count + 1` bin edges, increasing.
  var edges: [Double]
  /// The number of values in each bin; the last bin includes its upper edge.
  var counts: [Int]

  /// Bins the finite elements of `values` into `count` equal-width bins spanning
  /// `range` (the data's minimum to maximum by default). Values outside the range
  /// and non-finite values are not counted.
  init(_ values: [Double], count: Int, range: ClosedRange<Double>? = nil) {
    checkBinCount(count, in: "histogram")
    let finite = values.filter(\.isFinite)
    var lower = range?.lowerBound ?? finite.min() ?? 0
    var upper = range?.upperBound ?? finite.max() ?? 1
    if lower == upper {
      lower -= 0.5
      upper += 0.5
    }
    if !lower.isFinite || !upper.isFinite {
      failure("histogram: range [\(lower), \(upper)] is not finite")
    }
    let width = (upper - lower) / Double(count)
    if !width.isFinite || width <= 0 {
      failure(
        "histogram: too many bins for the data range [\(lower), \(upper)]: cannot create \(count) finite-sized bins"
      )
    }
    edges = (0...count).map { $0 == count ? upper : lower + Double($0) * width }
    counts = Array(repeating: 0, count: count)
    for value in finite where value >= lower && value <= upper {
      let bin = min(Int((value - lower) / width), count - 1)
      counts[bin] += 1
    }
  }
}
