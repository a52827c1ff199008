extension Figure {
  /// Draws a matrix as a grid of coloured cells, like `plt.imshow(m)` or `plt.pcolormesh`,
  /// with a colour bar showing the value scale.
  ///
  /// Without `y`, the matrix is drawn like an image: row 0 at the top, cell `(i, j)`
  /// centred on `(x: j, y: i)`, and the y axis growing downwards — the natural layout for
  /// confusion matrices and attention weights. With `y`, the matrix is a grid of function
  /// values, `m[i, j] = f(x_j, y_i)`: row 0 at the bottom of `y`, the layout of ``contour(_:x:y:levels:)``.
  ///
  /// - Parameters:
  ///   - values: The matrix; non-finite cells are left empty.
  ///   - x: The horizontal extent of the whole grid (by default, `-0.5...columns - 0.5`).
  ///   - y: The vertical extent of the whole grid, bottom to top.
  ///   - range: The values mapped to the ends of the colour map; by default, the
  ///     smallest and largest finite values.
  ///   - rowLabels: Names for the rows, shown on the y axis instead of row numbers
  ///     (only without `y`) — for example the true classes of a confusion matrix.
  ///   - columnLabels: Names for the columns, shown on the x axis (only without `x`).
  ///   - annotated: Whether to write each cell's value in it, where the cells are big enough.
  public func heatmap(
    _ values: Matrix, x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
    range: ClosedRange<Double>? = nil, rowLabels: [String]? = nil,
    columnLabels: [String]? = nil, annotated: Bool = false
  ) -> Figure {
    if let rowLabels, rowLabels.count != values.rows {
      failure(
        "heatmap: rowLabels needs one label per row: the matrix has \(values.rows) rows, rowLabels has \(rowLabels.count)"
      )
    }
    if rowLabels != nil && y != nil { failure("heatmap: rowLabels cannot be combined with a y extent") }
    if let columnLabels, columnLabels.count != values.columns {
      failure(
        "heatmap: columnLabels needs one label per column: the matrix has \(values.columns) columns, columnLabels has \(columnLabels.count)"
      )
    }
    if columnLabels != nil && x != nil {
      failure("heatmap: columnLabels cannot be combined with an x extent")
    }
    let finite = values.elements.filter(\.isFinite)
    var valueRange = range ?? ((finite.min() ?? 0)...(finite.max() ?? 1))
    if valueRange.lowerBound == valueRange.upperBound {
      valueRange = (valueRange.lowerBound - 0.5)...(valueRange.upperBound + 0.5)
    }
    let heatmap = Heatmap(
      values: values,
      x: x ?? (-0.5...(Double(values.columns) - 0.5)),
      y: y ?? (-0.5...(Double(values.rows) - 0.5)),
      rowZeroAtTop: y == nil,
      columnsAreIndexed: x == nil,
      valueRange: valueRange,
      rowLabels: rowLabels,
      columnLabels: columnLabels,
      annotated: annotated)
    return adding(.heatmap(heatmap))
  }
}
