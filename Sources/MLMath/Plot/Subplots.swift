/// Several figures arranged in a grid and shown as one, like matplotlib's
/// `plt.subplots(rows, columns)`.
///
/// ```swift
/// show(Subplots(columns: 2, title: "Learning-rate sweep", [small, large]))
/// ```
///
/// Panels fill the grid row by row. Figures keeping the default size are resized so
/// that the whole grid is about 720 pixels wide; in text, panels sit side by side in the
/// same 72 columns.
public struct Subplots: Sendable {
  /// The panels, row by row.
  public var figures: [Figure]
  /// The number of panels per row.
  public var columns: Int
  /// The title shown above all panels.
  public var title: String?

  /// The width in pixels of the whole grid when its figures keep their default size.
  static let defaultWidth = 720

  /// A grid of `figures` with `columns` panels per row (all in one row by default).
  ///
  /// - Parameters:
  ///   - columns: The number of panels per row; by default, all of them.
  ///   - title: The title shown above all panels.
  ///   - figures: The panels, row by row.
  public init(columns: Int? = nil, title: String? = nil, _ figures: [Figure]) {
    self.figures = figures
    self.columns = max(1, min(columns ?? figures.count, max(1, figures.count)))
    self.title = title
  }

  /// The number of rows of panels.
  var rows: Int { (figures.count + columns - 1) / columns }

  /// The panels as they are drawn: figures with the default size get a grid-sized one.
  var panels: [Figure] {
    let width = max(240, Self.defaultWidth / columns)
    let height = max(200, width * 18 / 25)
    return figures.map { figure in
      figure.size == Figure().size ? figure.size(width: width, height: height) : figure
    }
  }

  /// The grid as a standalone SVG document; see ``Figure/svg()``.
  public func svg() -> String {
    let renderers = panels.map(SVGRenderer.init)
    let cellWidth = renderers.map(\.layout.canvas.width).max() ?? 0
    let cellHeight = renderers.map(\.layout.canvas.height).max() ?? 0
    let top = title == nil ? 0.0 : 34
    var svg = SVGWriter()
    SVGRenderer.openDocument(
      &svg, width: cellWidth * Double(columns), height: top + cellHeight * Double(rows))
    svg.element("title", content: title ?? "\(figures.count) charts")
    let descriptions = renderers.enumerated().map { index, renderer in
      "Panel \(index + 1): \(renderer.summary.description)"
    }
    svg.element("desc", content: descriptions.joined(separator: " "))
    if let title {
      svg.element(
        "text",
        [
          "x": SVGPathData.number(cellWidth * Double(columns) / 2), "y": "24",
          "text-anchor": "middle", "font-size": "16", "font-weight": "600",
        ], content: title)
    }
    for (index, renderer) in renderers.enumerated() {
      let origin = CanvasPoint(
        x: Double(index % columns) * cellWidth, y: top + Double(index / columns) * cellHeight)
      renderer.renderPanel(at: origin, into: &svg)
    }
    svg.close("svg")
    return svg.output
  }

  /// The grid drawn with Unicode text, panels side by side; see ``Figure/text(width:height:)``.
  ///
  /// - Parameters:
  ///   - width: The maximum line width in terminal columns, shared by a row of panels.
  ///   - height: The approximate number of lines of each row of panels.
  public func text(width: Int = 72, height: Int = 20) -> String {
    let gap = 2
    let panelWidth = max(TextRenderer.minimumWidth, (width - gap * (columns - 1)) / columns)
    let panelHeight = rows == 1 ? height : max(12, height * 2 / 3)
    var lines: [String] = []
    if let title { lines.append(TerminalWidth.centre(title, in: width)) }
    let rendered = panels.map { figure in
      figure.text(width: panelWidth, height: panelHeight).split(
        separator: "\n", omittingEmptySubsequences: false
      ).dropLast().map(String.init)
    }
    for row in 0..<rows {
      if row > 0 { lines.append("") }
      let cells = Array(rendered[(row * columns)..<min(rendered.count, (row + 1) * columns)])
      let count = cells.map(\.count).max() ?? 0
      for index in 0..<count {
        let parts = cells.map { panel in
          let line = index < panel.count ? panel[index] : ""
          return line
            + String(repeating: " ", count: max(0, panelWidth - TerminalWidth.columns(of: line)))
        }
        var line = parts.joined(separator: String(repeating: " ", count: gap))
        while line.last == " " { line.removeLast() }
        lines.append(line)
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }
}

extension Subplots: CustomStringConvertible {
  /// The text rendering, so that `print(subplots)` shows the grid.
  public var description: String { text() }
}
