extension Figure {
  /// Draws a horizontal line across the plot at `y`, like matplotlib's `plt.axhline(y)` —
  /// for a threshold, a target value or an asymptote.
  ///
  /// Reference lines are thin, dashed and in the text colour, so they stay in the
  /// background of the data; they are not listed in the legend.
  ///
  /// - Parameters:
  ///   - y: Where the line crosses the y axis.
  ///   - label: Text written above the line's right end.
  public func horizontalLine(at y: Double, label: String? = nil) -> Figure {
    adding(.reference(ReferenceLine(orientation: .horizontal, value: y, label: label)))
  }

  /// Draws a vertical line across the plot at `x`, like matplotlib's `plt.axvline(x)`.
  ///
  /// - Parameters:
  ///   - x: Where the line crosses the x axis.
  ///   - label: Text written beside the line's top end.
  public func verticalLine(at x: Double, label: String? = nil) -> Figure {
    adding(.reference(ReferenceLine(orientation: .vertical, value: x, label: label)))
  }
}
