/// A chart built up one call at a time, in the spirit of matplotlib's `pyplot`.
///
/// `Figure` is a value: every modifier returns a new figure, so a chart reads as one
/// chained expression and an existing figure can be extended without being changed.
/// Unlike matplotlib's `ax.plot(…)`, `fig.plot(x, y)` on its own changes nothing (the
/// compiler warns that its result is unused): write `fig = fig.plot(x, y)` or chain.
///
/// ```swift
/// let figure = Figure(title: "Huber loss", xLabel: "residual", yLabel: "loss")
///   .plot({ $0 * $0 / 2 }, in: -3...3, label: "MSE")
///   .plot({ abs($0) <= 1 ? $0 * $0 / 2 : abs($0) - 0.5 }, in: -3...3, label: "Huber")
///   .legend()
/// show(figure)
/// ```
///
/// A figure renders two ways: ``svg()`` for web pages and ``text(width:height:)`` for
/// terminals and plain-text chapters. Both are deterministic — the same figure always
/// produces the same bytes — so renderings can be compared and cached.
public struct Figure: Sendable {
  /// The title shown above the chart.
  public var title: String?
  /// The label of the horizontal axis.
  public var xLabel: String?
  /// The label of the vertical axis.
  public var yLabel: String?
  /// Whether a legend names the labelled series (see ``legend(_:)``).
  public var showsLegend: Bool = false
  /// How the horizontal axis maps values to positions (see ``xScale(_:)``).
  public var xScale: AxisScale = .linear
  /// How the vertical axis maps values to positions (see ``yScale(_:)``).
  public var yScale: AxisScale = .linear
  /// The visible horizontal range, or `nil` to fit the data (see ``xLimits(_:)``).
  public var xLimits: ClosedRange<Double>?
  /// The visible vertical range, or `nil` to fit the data (see ``yLimits(_:)``).
  public var yLimits: ClosedRange<Double>?
  /// The size of the SVG rendering in CSS pixels (see ``size(width:height:)``).
  public var size: (width: Int, height: Int) = (640, 400)

  /// The things drawn, in the order they were added; see ``marksInDrawingOrder``.
  var marks: [Mark] = []

  /// An empty figure with an optional title and axis labels.
  ///
  /// - Parameters:
  ///   - title: The title shown above the chart.
  ///   - xLabel: The label of the horizontal axis.
  ///   - yLabel: The label of the vertical axis.
  public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// The number of marks so far that take a colour from the series palette;
  /// the next such mark gets this index.
  var nextStyleIndex: Int {
    marks.count { $0.styleIndex != nil }
  }

  /// The marks in drawing order: by ``Mark/layer``, then in the order added.
  var marksInDrawingOrder: [Mark] {
    marks.enumerated().sorted { ($0.element.layer, $0.offset) < ($1.element.layer, $1.offset) }
      .map(\.element)
  }

  /// A copy of this figure with `mark` drawn on top.
  func adding(_ mark: Mark) -> Figure {
    var copy = self
    copy.marks.append(mark)
    return copy
  }
}

extension Figure: CustomStringConvertible {
  /// The text rendering, so that `print(figure)` shows the chart.
  public var description: String { text() }
}
