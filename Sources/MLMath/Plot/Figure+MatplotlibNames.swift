// matplotlib's names for what `Figure` spells differently. An author who writes
// `fig.hist(x)` or `.ylim(0, 1)` gets a compile error at that line naming the
// MLMath spelling (`'hist' has been renamed to 'histogram(_:bins:range:density:label:)'`)
// instead of "value of type 'Figure' has no member 'hist'".
//
// All of them are unavailable, so they can never be called; their bodies exist only
// because Swift requires one. See docs/plotting.md for the whole correspondence.

extension Figure {
  /// matplotlib's `plt.hist`; MLMath's is ``histogram(_:bins:range:density:label:)``.
  @available(*, unavailable, renamed: "histogram(_:bins:range:density:label:)")
  public func hist(
    _ data: some Sequence<Double>, bins: Int = 10, range: ClosedRange<Double>? = nil,
    density: Bool = false, label: String? = nil
  ) -> Figure { unavailableName("hist") }

  /// matplotlib's `plt.xlabel`; MLMath's is ``xLabel(_:)``.
  @available(*, unavailable, renamed: "xLabel(_:)")
  public func xlabel(_ label: String) -> Figure { unavailableName("xlabel") }

  /// matplotlib's `plt.ylabel`; MLMath's is ``yLabel(_:)``.
  @available(*, unavailable, renamed: "yLabel(_:)")
  public func ylabel(_ label: String) -> Figure { unavailableName("ylabel") }

  /// matplotlib's `plt.xlim(a, b)`; MLMath's is ``xLimits(_:)`` with a range.
  @available(*, unavailable, message: "write .xLimits(low...high)")
  public func xlim(_ low: Double, _ high: Double) -> Figure { unavailableName("xlim") }

  /// matplotlib's `plt.ylim(a, b)`; MLMath's is ``yLimits(_:)`` with a range.
  @available(*, unavailable, message: "write .yLimits(low...high)")
  public func ylim(_ low: Double, _ high: Double) -> Figure { unavailableName("ylim") }

  /// matplotlib's `plt.xscale("log")`; MLMath's is ``xScale(_:)``.
  @available(*, unavailable, message: "write .xScale(.log) or .xScale(.linear)")
  public func xscale(_ scale: String) -> Figure { unavailableName("xscale") }

  /// matplotlib's `plt.yscale("log")`; MLMath's is ``yScale(_:)``.
  @available(*, unavailable, message: "write .yScale(.log) or .yScale(.linear)")
  public func yscale(_ scale: String) -> Figure { unavailableName("yscale") }

  /// matplotlib's `plt.axhline(y)`; MLMath's is ``horizontalLine(at:label:)``.
  @available(*, unavailable, renamed: "horizontalLine(at:label:)")
  public func axhline(_ y: Double, label: String? = nil) -> Figure { unavailableName("axhline") }

  /// matplotlib's `plt.axvline(x)`; MLMath's is ``verticalLine(at:label:)``.
  @available(*, unavailable, renamed: "verticalLine(at:label:)")
  public func axvline(_ x: Double, label: String? = nil) -> Figure { unavailableName("axvline") }

  /// matplotlib's `plt.fill_between`; MLMath's is ``fillBetween(_:_:_:label:)``.
  @available(*, unavailable, renamed: "fillBetween(_:_:_:label:)")
  public func fill_between(
    _ x: some Sequence<Double>, _ lower: some Sequence<Double>, _ upper: some Sequence<Double>,
    label: String? = nil
  ) -> Figure { unavailableName("fill_between") }

  /// matplotlib's `plt.imshow(m)`; MLMath's is ``heatmap(_:x:y:range:rowLabels:columnLabels:annotated:)``.
  @available(*, unavailable, renamed: "heatmap(_:)")
  public func imshow(_ values: Matrix) -> Figure { unavailableName("imshow") }

  /// matplotlib's `plt.savefig(path)`; MLMath renders with ``svg()`` and ``text(width:height:)``.
  @available(
    *, unavailable,
    message: "in a lesson, show(fig) puts the figure on the page; elsewhere write fig.svg() to a file"
  )
  public func savefig(_ path: String) { unavailableName("savefig") }

  /// matplotlib's `plt.show()`; MLMath's is the free function ``show(_:)``.
  @available(*, unavailable, message: "write show(fig)")
  public func show() { unavailableName("show") }

  /// matplotlib's `plt.legend()` chosen at creation; MLMath's is the modifier ``legend(_:)``.
  @available(*, unavailable, message: "call .legend() on the figure: Figure(title: …).plot(…).legend()")
  public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, legend: Bool) {
    unavailableName("Figure(legend:)")
  }

  /// matplotlib's `plt.figure(figsize=(w, h))`; MLMath's is ``size(width:height:)`` in pixels.
  @available(*, unavailable, message: "call .size(width:height:) on the figure (CSS pixels, default 640×400)")
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    figsize: (Double, Double)
  ) {
    unavailableName("Figure(figsize:)")
  }
}

/// matplotlib's `plt.subplots(rows, columns)`; MLMath's is ``Subplots``.
@available(
  *, unavailable,
  message: "build each panel as a Figure, then show(Subplots(columns: n, [panel1, panel2]))"
)
public func subplots(_ rows: Int = 1, _ columns: Int = 1) -> Subplots {
  unavailableName("subplots")
}

/// Never called: the declarations above are unavailable at compile time.
private func unavailableName(_ name: String) -> Never {
  failure("\(name) is unavailable in MLMath; see docs/plotting.md")
}
