import Foundation
import MLMath

/// The figures the plot tests render: one of each kind of chart, built from
/// deterministic data so that their renderings can be compared with committed snapshots.
enum PlotSampleFigures {
  /// Every sample, with the file-name stem of its snapshots.
  static let all: [(name: String, figure: Figure)] = [
    ("line-legend", lineWithLegend),
    ("scatter", scatter),
    ("histogram", histogram),
    ("contour-path", contourWithPath),
    ("heatmap", heatmap),
    ("heatmap-function", heatmapOfAFunction),
    ("log-scale", logScale),
    ("bar", bar),
    ("band-reference", bandWithReferenceLines),
    ("line-markers", lineWithMarkers),
  ]

  /// Three loss functions with a legend.
  static var lineWithLegend: Figure {
    Figure(title: "Huber loss", xLabel: "residual", yLabel: "loss")
      .plot({ $0 * $0 / 2 }, in: -3...3, samples: 121, label: "squared")
      .plot(
        { abs($0) <= 1 ? $0 * $0 / 2 : abs($0) - 0.5 }, in: -3...3, samples: 121, label: "Huber"
      )
      .plot({ abs($0) }, in: -3...3, samples: 121, label: "absolute")
      .legend()
  }

  /// Two Gaussian clusters.
  static var scatter: Figure {
    var random = SampleRandom(seed: 7)
    let a = (0..<60).map { _ in (random.normal() - 1, random.normal() * 0.7 + 0.5) }
    let b = (0..<60).map { _ in (random.normal() * 0.8 + 1.5, random.normal() * 0.8 - 0.5) }
    return Figure(title: "Two classes", xLabel: "x₁", yLabel: "x₂")
      .scatter(a.map(\.0), a.map(\.1), label: "class 0")
      .scatter(b.map(\.0), b.map(\.1), label: "class 1")
      .legend()
  }

  /// A normalised histogram of normal samples under the standard normal density.
  static var histogram: Figure {
    var random = SampleRandom(seed: 42)
    let samples = (0..<500).map { _ in random.normal() }
    return Figure(title: "500 samples of N(0, 1)", xLabel: "x", yLabel: "density")
      .histogram(samples, bins: 20, density: true, label: "samples")
      .plot({ exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot() }, in: -3.5...3.5, label: "pdf")
      .legend()
  }

  /// Gradient descent zig-zagging down an elongated quadratic bowl.
  static var contourWithPath: Figure {
    let loss = { (x: Double, y: Double) in x * x / 2 + 4 * y * y }
    var w: Vector = [-2.6, 1.3]
    var iterates = [w]
    for _ in 0..<12 {
      w = [w[0] - 0.22 * w[0], w[1] - 0.22 * 8 * w[1]]
      iterates.append(w)
    }
    return Figure(title: "Gradient descent, learning rate 0.22", xLabel: "w₁", yLabel: "w₂")
      .contour(loss, x: -3...3, y: -1.5...1.5, levels: 8, resolution: 48, labelled: true)
      .path(iterates, label: "iterates")
      .legend()
  }

  /// A confusion matrix, row 0 at the top.
  static var heatmap: Figure {
    let confusion: Matrix = [
      [48, 1, 0, 1],
      [2, 41, 5, 2],
      [0, 6, 39, 5],
      [1, 0, 4, 45],
    ]
    let classes = ["cat", "dog", "fox", "owl"]
    return Figure(title: "Confusion matrix", xLabel: "predicted class", yLabel: "true class")
      .heatmap(confusion, rowLabels: classes, columnLabels: classes, annotated: true)
  }

  /// A function sampled on a 40 × 30 grid, row 0 at the bottom.
  static var heatmapOfAFunction: Figure {
    var grid = Matrix(rows: 30, columns: 40)
    for i in 0..<30 {
      for j in 0..<40 {
        let x = -2 + 4 * (Double(j) + 0.5) / 40
        let y = -1.5 + 3 * (Double(i) + 0.5) / 30
        grid[i, j] = sin(2 * x) * cos(3 * y) + 0.3 * x
      }
    }
    return Figure(title: "sin 2x · cos 3y + 0.3x", xLabel: "x", yLabel: "y")
      .heatmap(grid, x: -2...2, y: -1.5...1.5)
  }

  /// Training and validation loss falling over three orders of magnitude.
  static var logScale: Figure {
    let epochs = (1...60).map(Double.init)
    let train = epochs.map { 2 * exp(-$0 / 7) + 0.002 }
    let validation = epochs.map { 2.2 * exp(-$0 / 8) + 0.02 + 0.0004 * $0 }
    return Figure(title: "Learning curves", xLabel: "epoch", yLabel: "loss")
      .plot(epochs, train, label: "training")
      .plot(epochs, validation, label: "validation")
      .yScale(.log)
      .legend()
  }

  /// Two panels side by side: a small and a large learning rate.
  static var subplots: Subplots {
    let loss = { (x: Double, y: Double) in x * x / 2 + 4 * y * y }
    let panels = [0.05, 0.24].map { rate in
      var w: Vector = [-2.6, 1.3]
      var iterates = [w]
      for _ in 0..<10 {
        w = [w[0] - rate * w[0], w[1] - rate * 8 * w[1]]
        iterates.append(w)
      }
      return Figure(title: "learning rate \(rate)", xLabel: "w₁", yLabel: "w₂")
        .contour(loss, x: -3...3, y: -1.5...1.5, levels: 6, resolution: 32)
        .path(iterates)
    }
    return Subplots(title: "Step size matters", panels)
  }

  /// Noisy samples around a mean curve with a shaded band and two reference lines.
  static var bandWithReferenceLines: Figure {
    var random = SampleRandom(seed: 3)
    let xs = (0..<40).map { Double($0) / 39 * 6 }
    let ys = xs.map { sin($0) + 0.3 * random.normal() }
    let grid = (0...60).map { Double($0) / 10 }
    return Figure(title: "Regression with a 95% band", xLabel: "x", yLabel: "y")
      .fillBetween(grid, grid.map { sin($0) - 0.6 }, grid.map { sin($0) + 0.6 }, label: "95% band")
      .plot(grid, grid.map { sin($0) }, label: "mean")
      .scatter(xs, ys, label: "data")
      .horizontalLine(at: 0, label: "y = 0")
      .verticalLine(at: 4.5, label: "test split")
      .legend()
  }

  /// Few points per series, each marked, like matplotlib's `"o-"`.
  static var lineWithMarkers: Figure {
    let k: [Double] = [1, 3, 5, 7, 9, 11, 15]
    return Figure(title: "Validation accuracy", xLabel: "k", yLabel: "accuracy")
      .plot(k, [0.81, 0.86, 0.88, 0.885, 0.87, 0.865, 0.85], label: "uniform", markers: true)
      .plot(k, [0.81, 0.87, 0.89, 0.9, 0.895, 0.89, 0.885], label: "distance", markers: true)
      .legend()
  }

  /// Accuracy of four optimisers.
  static var bar: Figure {
    Figure(title: "Test accuracy", yLabel: "accuracy")
      .bar(["SGD", "Momentum", "RMSProp", "Adam"], [0.82, 0.88, 0.9, 0.91])
      .yLimits(0...1)
  }
}

/// A small deterministic random number generator (SplitMix64) for test data,
/// independent of MLMath's own random module.
struct SampleRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// A uniform value in `[0, 1)`.
  mutating func uniform() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(1 << 53)
  }

  /// A standard normal value (Box–Muller).
  mutating func normal() -> Double {
    let u = 1 - uniform()
    let v = uniform()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
