import Testing

@testable import MLMath

/// The building blocks of the renderers: number formatting, ticks, binning, contour
/// tracing and clipping.
@Suite struct PlotComponentTests {
  @Test func fixedPointFormattingIsLocaleFreeAndNeverNegativeZero() {
    #expect(PlotNumberFormat.fixed(1.005, decimals: 1) == "1.0")
    #expect(PlotNumberFormat.fixed(-0.001, decimals: 2) == "0.00")
    #expect(PlotNumberFormat.fixed(0.05, decimals: 2) == "0.05")
    #expect(PlotNumberFormat.svg(12.5) == "12.5")
    #expect(PlotNumberFormat.svg(-3.256) == "-3.26")
    #expect(PlotNumberFormat.svg(100) == "100")
    #expect(PlotNumberFormat.svg(-0.0001) == "0")
    #expect(PlotNumberFormat.scientific(2_000_000, decimals: 0) == "2e6")
    #expect(PlotNumberFormat.scientific(0.0000153, decimals: 1) == "1.5e-5")
    #expect(PlotNumberFormat.compact(1234.5) == "1235")
    #expect(PlotNumberFormat.compact(0.012345) == "0.0123")
  }

  @Test func linearTicksUseOneTwoFiveSteps() {
    #expect(TickLocator.linear(0, 10, target: 5).map(\.label) == ["0", "2", "4", "6", "8", "10"])
    #expect(
      TickLocator.linear(-3.2, 3.2, target: 6).map(\.label) == [
        "-3", "-2", "-1", "0", "1", "2", "3",
      ])
    #expect(
      TickLocator.linear(0, 1, target: 4).map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    #expect(
      TickLocator.linear(0.1, 0.35, target: 5).map(\.label) == [
        "0.1", "0.15", "0.2", "0.25", "0.3", "0.35",
      ])
    #expect(TickLocator.linear(0, 3e6, target: 3).map(\.label) == ["0", "1e6", "2e6", "3e6"])
    #expect(TickLocator.linear(-0.5, 3.5, target: 8, minimumStep: 1).map(\.value) == [0, 1, 2, 3])
  }

  @Test func aTickStepLeavesAtLeastTwoTicks() {
    let labels = TickLocator.linear(0.1, 0.9, target: 1).map(\.label)
    #expect(labels == ["0.2", "0.4", "0.6", "0.8"])
    #expect(TickLocator.smallerStep(5) == 2)
    #expect(TickLocator.smallerStep(2) == 1)
    #expect(TickLocator.smallerStep(1) == 0.5)
  }

  @Test func logarithmicTicksArePowersOfTen() {
    #expect(TickLocator.logarithmic(0.002, 2, target: 5).map(\.label) == ["0.01", "0.1", "1"])
    #expect(
      TickLocator.logarithmic(1, 1e12, target: 4).map(\.label) == ["1", "10000", "1e8", "1e12"])
    #expect(TickLocator.logarithmic(3, 40, target: 5).map(\.label) == ["5", "10", "20"])
  }

  @Test func logarithmicAxesHaveMinorTicksBetweenPowersOfTen() {
    let axis = PlotAxis(scale: .log, range: 0.5...30, tickTarget: 4)
    #expect(axis.ticks.map(\.value) == [1, 10])
    #expect(axis.minorTicks == [0.5, 0.6, 0.7, 0.8, 0.9, 2, 3, 4, 5, 6, 7, 8, 9, 20, 30])
    #expect(TickLocator.logarithmicMinor(1, 1e9).isEmpty)
  }

  @Test func histogramBinsLikeNumPy() {
    let bins = HistogramBins([0, 1, 1, 2, 3, 4, .nan], count: 4)
    #expect(bins.edges == [0, 1, 2, 3, 4])
    #expect(bins.counts == [1, 2, 1, 2])
    let ranged = HistogramBins([-1, 0.5, 5], count: 2, range: 0...2)
    #expect(ranged.counts == [1, 0])
  }

  @Test func densityHistogramHasUnitArea() {
    let figure = Figure().histogram([0, 0.5, 1, 1, 2, 3.5], bins: 5, density: true)
    guard case .bars(let bars) = figure.marks[0] else {
      Issue.record("expected bars")
      return
    }
    let area = bars.bars.reduce(0) { $0 + $1.value * ($1.upper - $1.lower) }
    #expect(abs(area - 1) < 1e-12)
  }

  @Test func contourOfACircleIsOneClosedLoopOnTheCircle() {
    let tracer = MarchingSquares(
      values: Self.grid(41, over: -2...2) { x, y in x * x + y * y }, x: -2...2, y: -2...2)
    let lines = tracer.isolines(at: 1)
    #expect(lines.count == 1)
    let loop = lines[0]
    #expect(loop.first == loop.last)
    for point in loop {
      #expect(abs((point.x * point.x + point.y * point.y).squareRoot() - 1) < 0.02)
    }
  }

  @Test func contourOfAPlaneIsAStraightLineAcrossTheGrid() {
    let tracer = MarchingSquares(
      values: Self.grid(11, over: -1...1) { x, _ in x }, x: -1...1, y: -1...1)
    let lines = tracer.isolines(at: 0.25)
    #expect(lines.count == 1)
    #expect(lines[0].count == 11)
    #expect(lines[0].allSatisfy { abs($0.x - 0.25) < 1e-12 })
  }

  @Test func contourLevelsFromACountAreRoundAndInside() {
    #expect(ContourLevels.count(4).resolve(low: 0, high: 8.3) == [2, 4, 6, 8])
    let explicit: ContourLevels = [3, 1, 2]
    #expect(explicit.resolve(low: 0, high: 1) == [1, 2, 3])
  }

  @Test func segmentsAreClippedToTheRectangle() {
    let rect = CanvasRect(minX: 0, minY: 0, maxX: 10, maxY: 10)
    let clipped = rect.clip(CanvasPoint(x: -5, y: 5), CanvasPoint(x: 15, y: 5))
    #expect(clipped?.0 == CanvasPoint(x: 0, y: 5))
    #expect(clipped?.1 == CanvasPoint(x: 10, y: 5))
    #expect(rect.clip(CanvasPoint(x: -5, y: -5), CanvasPoint(x: -1, y: 20)) == nil)
  }

  @Test func figuresAreValuesThatChain() {
    let base = Figure(title: "t").plot([1, 2], [3, 4], label: "a")
    let extended = base.scatter([1], [1], label: "b").legend().xScale(.log)
    #expect(base.marks.count == 1)
    #expect(!base.showsLegend)
    #expect(extended.marks.count == 2)
    #expect(extended.marks[1].styleIndex == 1)
    #expect(extended.xScale == .log)
  }

  @Test func acceptsVectorsArraysAndFunctions() {
    let x: Vector = [0, 1, 2]
    let figure = Figure()
      .plot(x, [0.0, 1, 4])
      .plot([5.0, 6, 7])
      .plot({ $0 * $0 }, in: 0...2, samples: 3)
      .path([Vector([0, 0]), Vector([1, 1])])
    #expect(figure.marks.count == 4)
    guard case .line(let series) = figure.marks[2] else {
      Issue.record("expected a line")
      return
    }
    #expect(series.points.map(\.y) == [0, 1, 4])
  }

  @Test func matricesOfPointsSplitIntoColumnsAndClasses() {
    let points: Matrix = [[0, 1], [2, 3], [4, 5], [6, 7]]
    let figure = Figure().scatter(points, classes: [1, 0, 1, 0], names: ["no", "yes"])
    #expect(figure.marks.map(\.label) == ["no", "yes"])
    guard case .scatter(let yes) = figure.marks[1] else {
      Issue.record("expected a scatter series")
      return
    }
    #expect(yes.points == [PlotPoint(x: 0, y: 1), PlotPoint(x: 4, y: 5)])
    #expect(Figure().path(points).marks.count == 1)
  }

  @Test func domainFitsDataWithMarginsAndBarsOnZero() {
    let line = PlotDomain(Figure().plot([0, 10], [0, 100]))
    #expect(line.x == -0.4...10.4)
    let bars = PlotDomain(Figure().bar(["a", "b"], [2, 4]))
    #expect(bars.y.lowerBound == 0)
    let limited = PlotDomain(Figure().plot([0, 10], [0, 100]).xLimits(2...3))
    #expect(limited.x == 2...3)
  }

  /// `f` sampled on an `n × n` grid over `range × range`, `grid[i, j] = f(x_j, y_i)`.
  static func grid(
    _ n: Int, over range: ClosedRange<Double>, _ f: (Double, Double) -> Double
  ) -> Matrix {
    let step = (range.upperBound - range.lowerBound) / Double(n - 1)
    var grid = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in 0..<n {
        grid[i, j] = f(range.lowerBound + Double(j) * step, range.lowerBound + Double(i) * step)
      }
    }
    return grid
  }
}
