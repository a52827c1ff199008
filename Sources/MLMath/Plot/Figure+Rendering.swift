extension Figure {
  /// The chart as a standalone SVG document, ready to inline in a web page.
  ///
  /// The document scales down to narrow containers, follows the page's text colour
  /// (`currentColor`) so it reads in light and dark themes, and carries a `<title>` and
  /// a `<desc>` summarising the chart for screen readers. The output is deterministic.
  public func svg() -> String {
    SVGRenderer(self).render()
  }

  /// The chart drawn with Unicode text: braille dots for lines and points, block
  /// characters for bars and heatmaps, with axes, tick labels, title and legend.
  ///
  /// - Parameters:
  ///   - width: The maximum line width in terminal columns (16 to 1000).
  ///   - height: The approximate total number of lines (8 to 1000).
  /// - Returns: The lines, each ending with a newline. The output is deterministic.
  public func text(width: Int = 72, height: Int = 20) -> String {
    TextRenderer(self, width: width, height: height).render()
  }
}
