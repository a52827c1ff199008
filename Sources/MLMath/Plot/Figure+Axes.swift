extension Figure {
  /// Sets the title shown above the chart, like matplotlib's `plt.title(…)`.
  ///
  /// The same as `Figure(title:)`, for a figure that is already built.
  public func title(_ title: String) -> Figure {
    var copy = self
    copy.title = title
    return copy
  }

  /// Sets the label of the horizontal axis, like matplotlib's `plt.xlabel(…)`.
  public func xLabel(_ label: String) -> Figure {
    var copy = self
    copy.xLabel = label
    return copy
  }

  /// Sets the label of the vertical axis, like matplotlib's `plt.ylabel(…)`.
  public func yLabel(_ label: String) -> Figure {
    var copy = self
    copy.yLabel = label
    return copy
  }

  /// Shows a legend naming every series that was given a `label`.
  ///
  /// - Parameter shown: Pass `false` to hide a legend shown earlier.
  public func legend(_ shown: Bool = true) -> Figure {
    var copy = self
    copy.showsLegend = shown
    return copy
  }

  /// Sets how the horizontal axis maps values to positions, like `plt.xscale("log")`.
  public func xScale(_ scale: AxisScale) -> Figure {
    var copy = self
    copy.xScale = scale
    return copy
  }

  /// Sets how the vertical axis maps values to positions, like `plt.yscale("log")`.
  public func yScale(_ scale: AxisScale) -> Figure {
    var copy = self
    copy.yScale = scale
    return copy
  }

  /// Fixes the visible horizontal range, like `plt.xlim(a, b)`; data outside it is clipped.
  public func xLimits(_ limits: ClosedRange<Double>) -> Figure {
    var copy = self
    copy.xLimits = limits
    return copy
  }

  /// Fixes the visible vertical range, like `plt.ylim(a, b)`; data outside it is clipped.
  public func yLimits(_ limits: ClosedRange<Double>) -> Figure {
    var copy = self
    copy.yLimits = limits
    return copy
  }

  /// Sets the size of the SVG rendering in CSS pixels (640 × 400 by default).
  ///
  /// The SVG scales down to fit narrower pages, keeping its aspect ratio. Each side
  /// must be between 160 × 120 and 10 000 × 10 000.
  public func size(width: Int, height: Int) -> Figure {
    guard width >= SVGLayout.minimumSize.width, height >= SVGLayout.minimumSize.height,
      width <= SVGLayout.maximumSize.width, height <= SVGLayout.maximumSize.height
    else {
      failure(
        "size(width:height:): \(width)×\(height) is out of range (valid: width \(SVGLayout.minimumSize.width)...\(SVGLayout.maximumSize.width), height \(SVGLayout.minimumSize.height)...\(SVGLayout.maximumSize.height))"
      )
    }
    var copy = self
    copy.size = (width, height)
    return copy
  }
}
