import Testing

@testable import MLMath

/// Properties of the text renderings: width, height, line endings.
@Suite struct PlotTextTests {
  @Test(arguments: PlotSVGTests.figures.map(\.name))
  func fitsSeventyTwoColumns(name: String) {
    let text = PlotSVGTests.figure(name).text()
    #expect(text.hasSuffix("\n"))
    for line in text.split(separator: "\n") {
      #expect(TerminalWidth.columns(of: line) <= 72, "\(name): \(line)")
      #expect(line.last != " ")
    }
  }

  @Test(arguments: PlotSampleFigures.all.map(\.name))
  func isAboutTwentyLinesTall(name: String) {
    let lines = PlotSVGTests.figure(name).text().split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect((16...22).contains(lines.count - 1), "\(name) has \(lines.count - 1) lines")
  }

  @Test func honoursASmallerSize() {
    let text = PlotSampleFigures.lineWithLegend.text(width: 40, height: 12)
    let lines = text.split(separator: "\n")
    #expect(lines.allSatisfy { TerminalWidth.columns(of: $0) <= 40 })
    #expect(lines.count <= 13)
  }

  @Test func longRowNamesFitNarrowRenderings() {
    let names = ["a rather long class name", "another long class name"]
    let figure = Figure().heatmap([[1, 2], [3, 4]], rowLabels: names, columnLabels: names)
    for width in [16, 30, 72] {
      for line in figure.text(width: width, height: 12).split(separator: "\n") {
        #expect(TerminalWidth.columns(of: line) <= width, "\(line)")
      }
    }
  }

  @Test func longTitlesAreTruncated() {
    let title = String(repeating: "long title ", count: 10)
    let first = Figure(title: title).plot([0, 1], [0, 1]).text().split(separator: "\n")[0]
    #expect(first.hasSuffix("…"))
    #expect(TerminalWidth.columns(of: first) <= 72)
  }

  @Test func describesItselfAsText() {
    let figure = PlotSampleFigures.scatter
    #expect(figure.description == figure.text())
  }

  @Test func terminalWidthCountsWideAndZeroWidthCharacters() {
    #expect(TerminalWidth.columns(of: "abc") == 3)
    #expect(TerminalWidth.columns(of: "⣿▇█─┬•") == 6)
    #expect(TerminalWidth.columns(of: "損失") == 4)
    #expect(TerminalWidth.columns(of: "e\u{301}") == 1)
  }
}

/// Sizes outside what a terminal can show are brought into range, not allocated.
@Suite struct PlotTextSizeTests {
  @Test func hugeAndNegativeSizesAreClamped() {
    let figure = Figure().plot([0, 1], [0, 1])
    let text = figure.text(width: -5, height: Int.max)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count <= TextRenderer.maximumSize)
    #expect(lines.allSatisfy { TerminalWidth.columns(of: $0) <= TextRenderer.minimumWidth })
    #expect(
      figure.text(width: Int.max, height: 10).split(separator: "\n").allSatisfy {
        TerminalWidth.columns(of: $0) <= TextRenderer.maximumSize
      })
  }
}
