/// A point in data coordinates.
struct PlotPoint: Sendable, Hashable {
  var x: Double
  var y: Double
}

/// One thing drawn in a figure's plot area, in data coordinates.
///
/// Marks are computed when they are added (functions are sampled, histograms
/// binned, contours traced), so a figure holds only plain values.
enum Mark: Sendable {
  /// Points joined by straight segments; a non-finite point breaks the line.
  case line(Series)
  /// Unjoined points drawn with a marker.
  case scatter(Series)
  /// Points joined by segments with a marker at each point, drawn on top of
  /// everything else — for example the iterates of an optimiser.
  case path(Series)
  /// Filled rectangles standing on the x axis: histograms and bar charts.
  case bars(Bars)
  /// A matrix drawn as a grid of coloured cells.
  case heatmap(Heatmap)
  /// Level curves of a function of two variables.
  case contour(Contour)
  /// A translucent region between two curves, such as a confidence band.
  case band(Band)
  /// A line across the whole plot area at a fixed x or y, such as a threshold.
  case reference(ReferenceLine)

  /// The index into the series palette, for marks that take a series colour.
  var styleIndex: Int? {
    switch self {
    case .line(let series), .scatter(let series), .path(let series): series.styleIndex
    case .bars(let bars): bars.styleIndex
    case .band(let band): band.styleIndex
    case .heatmap, .contour, .reference: nil
    }
  }

  /// The drawing layer: lower layers are drawn first, marks within a layer in the order
  /// they were added (matplotlib's default z-order: fills, then lines, then annotations).
  var layer: Int {
    switch self {
    case .heatmap: 0
    case .band, .bars: 1
    case .contour: 2
    case .reference: 3
    case .line, .scatter: 4
    case .path: 5
    }
  }

  /// The name shown in the legend, if any.
  var label: String? {
    switch self {
    case .line(let series), .scatter(let series), .path(let series): series.label
    case .bars(let bars): bars.label
    case .band(let band): band.label
    case .heatmap, .contour, .reference: nil
    }
  }
}

/// The points of a line, scatter or path mark.
struct Series: Sendable {
  /// The points, in the order given.
  var points: [PlotPoint]
  /// The legend name.
  var label: String?
  /// The index into the series palette.
  var styleIndex: Int
  /// Whether a line also shows a marker at each point.
  var showsMarkers = false
}

/// The region between two curves over the same x values.
struct Band: Sendable {
  /// The horizontal coordinates.
  var x: [Double]
  /// The lower curve, one value per `x`.
  var lower: [Double]
  /// The upper curve, one value per `x`.
  var upper: [Double]
  /// The legend name.
  var label: String?
  /// The index into the series palette.
  var styleIndex: Int
}

/// A line spanning the plot area at a fixed value of one coordinate.
struct ReferenceLine: Sendable {
  /// Which coordinate is fixed.
  enum Orientation: Sendable {
    /// A horizontal line at a fixed y.
    case horizontal
    /// A vertical line at a fixed x.
    case vertical
  }

  /// Whether the line is horizontal or vertical.
  var orientation: Orientation
  /// The fixed coordinate.
  var value: Double
  /// Text written at the line's end.
  var label: String?
}

/// The rectangles of a histogram or bar chart.
struct Bars: Sendable {
  /// One bar: it spans `lower...upper` horizontally and `0...value` vertically.
  struct Bar: Sendable, Hashable {
    var lower: Double
    var upper: Double
    var value: Double
  }

  /// The bars, left to right.
  var bars: [Bar]
  /// The category names of a bar chart (bar `i` is centred on `x = i`), or `nil` for
  /// a histogram, whose x axis is numeric.
  var categories: [String]?
  /// The legend name.
  var label: String?
  /// The index into the series palette.
  var styleIndex: Int
}

/// A matrix shown as coloured cells.
struct Heatmap: Sendable {
  /// The values; row `i`, column `j` is one cell.
  var values: Matrix
  /// The horizontal extent of the whole grid.
  var x: ClosedRange<Double>
  /// The vertical extent of the whole grid.
  var y: ClosedRange<Double>
  /// Whether row 0 is drawn at the top (image convention) rather than at the bottom;
  /// the y axis then counts rows.
  var rowZeroAtTop: Bool
  /// Whether the x axis counts columns (no x extent was given).
  var columnsAreIndexed: Bool
  /// The value range mapped onto the colour map.
  var valueRange: ClosedRange<Double>
  /// Names shown on the y axis for the rows, top to bottom.
  var rowLabels: [String]?
  /// Names shown on the x axis for the columns, left to right.
  var columnLabels: [String]?
  /// Whether each cell shows its value.
  var annotated: Bool

  /// The colour-map position (`0...1`) of `value`.
  func fraction(_ value: Double) -> Double {
    (value - valueRange.lowerBound) / (valueRange.upperBound - valueRange.lowerBound)
  }

  /// The text written in a cell holding `value`: whole numbers as such, others with
  /// three significant digits.
  static func annotation(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e6 {
      return PlotNumberFormat.fixed(value, decimals: 0)
    }
    return PlotNumberFormat.compact(value)
  }
}

/// Level curves traced through a grid of samples.
struct Contour: Sendable {
  /// One level: its value and the polylines along which the function equals it.
  struct Level: Sendable {
    var value: Double
    var lines: [[PlotPoint]]
  }

  /// The levels, lowest first.
  var levels: [Level]
  /// The horizontal extent of the sampled grid.
  var x: ClosedRange<Double>
  /// The vertical extent of the sampled grid.
  var y: ClosedRange<Double>
  /// Whether each level is labelled with its value.
  var labelled: Bool

  /// The label of the level at `value`.
  static func label(_ value: Double) -> String {
    PlotNumberFormat.compact(value)
  }
}
