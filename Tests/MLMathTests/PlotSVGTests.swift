import Foundation
import Testing

@testable import MLMath

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Properties every SVG rendering must have, checked on the sample figures and on
/// edge cases: well-formed XML, determinism, accessibility, theming and size.
@Suite struct PlotSVGTests {
  /// The sample figures plus degenerate ones that must still render.
  static let figures: [(name: String, figure: Figure)] =
    PlotSampleFigures.all + [
      ("empty", Figure()),
      ("title only", Figure(title: "Nothing yet <& \"quoted\">")),
      ("single point", Figure().plot([1], [2], label: "one").legend()),
      ("constant", Figure().plot([0, 1, 2], [3, 3, 3])),
      ("gaps", Figure().plot([0, 1, 2, 3, 4], [1, .nan, 2, .infinity, 3])),
      (
        "log with non-positive values",
        Figure().plot([-1, 0, 1, 10, 100], [0, 1, 2, 3, 4]).xScale(.log)
      ),
      ("limits clip", Figure().plot({ $0 * $0 }, in: -10...10).xLimits(-1...1).yLimits(0...0.5)),
      ("constant histogram", Figure().histogram([2, 2, 2], bins: 3)),
      ("empty histogram", Figure().histogram([Double](), bins: 4)),
      ("constant heatmap", Figure().heatmap(Matrix(rows: 2, columns: 3, repeating: 1))),
      ("negative bars", Figure().bar(["a", "b"], [-1, 2])),
      ("flat contour", Figure().contour({ _, _ in 1 }, x: 0...1, y: 0...1)),
      ("big numbers", Figure().plot([0, 1e7], [-3e-6, 5e-6])),
      ("extreme values", Figure().plot([0, 1, 2], [1e300, -1e300, 1e300]).scatter([1e200], [0])),
      ("narrow range at large magnitude", Figure().plot([0, 1], [1e18, 1e18 + 4096])),
      (
        "degenerate heatmap extents",
        Figure().heatmap([[1, 2], [3, 4]], x: 1...1, y: 2...2, range: 5...5)
      ),
      (
        "heatmap cut by limits",
        Figure().heatmap([[1, 2], [3, 4]], x: 0...2, y: 0...2).xLimits(0.5...1.5)
      ),
      ("bars beyond limits", Figure().histogram([1, 2, 3, 1e9], bins: 3).xLimits(0...10)),
      ("tiny size", Figure(title: "t").plot([0, 1], [0, 1]).size(width: 160, height: 120)),
      ("subplots of nothing", Figure()),
      (
        "crowded",
        (0..<7).reduce(
          Figure(title: String(repeating: "A very long title that keeps going ", count: 4))
        ) { figure, k in
          figure.plot({ pow($0, Double(k) / 2) }, in: 0.01...100, label: "power \(k) / 2")
        }.xScale(.log).yScale(.log).legend()
      ),
      (
        "long row names",
        Figure().heatmap(
          [[1, 2], [3, 4]], rowLabels: [String(repeating: "long ", count: 40), "short"])
      ),
      (
        "long categories",
        Figure().bar(
          [
            "stochastic gradient descent", "momentum", "Nesterov momentum", "AdaGrad", "RMSProp",
            "Adam", "AdamW",
          ],
          [0.8, 0.85, 0.86, 0.83, 0.88, 0.9, 0.91])
      ),
    ]

  @Test(arguments: figures.map(\.name))
  func isWellFormedXML(name: String) throws {
    let svg = Self.figure(name).svg()
    let parser = XMLParser(data: Data(svg.utf8))
    let delegate = ElementCollector()
    parser.delegate = delegate
    #expect(parser.parse(), "\(name): \(parser.parserError.map(String.init(describing:)) ?? "")")
    #expect(delegate.elements.first == "svg")
    #expect(delegate.elements.contains("title"))
    #expect(delegate.elements.contains("desc"))
  }

  @Test(arguments: figures.map(\.name))
  func isDeterministic(name: String) {
    #expect(Self.figure(name).svg() == Self.figure(name).svg())
    #expect(Self.figure(name).text() == Self.figure(name).text())
  }

  @Test(arguments: PlotSampleFigures.all.map(\.name))
  func isSmall(name: String) {
    #expect(Self.figure(name).svg().utf8.count < 30_000)
  }

  @Test func denseDataStaysSmall() {
    let x = (0..<100_000).map { Double($0) / 10_000 }
    let line = Figure().plot(x, x.map { sin($0) })
    #expect(line.svg().utf8.count < 20_000)
    var random = SampleRandom(seed: 1)
    let cloud = Figure().scatter(
      (0..<2000).map { _ in random.normal() }, (0..<2000).map { _ in random.normal() })
    #expect(cloud.svg().utf8.count < 40_000)
  }

  @Test func rootElementIsResponsiveAndAccessible() {
    let svg = PlotSampleFigures.lineWithLegend.svg()
    let root = svg.prefix { $0 != ">" }
    #expect(root.contains("viewBox=\"0 0 640 400\""))
    #expect(root.contains("role=\"img\""))
    #expect(root.contains("max-width:100%;height:auto"))
    #expect(root.contains("fill=\"currentColor\""))
  }

  @Test func textAlternativeNamesTitleAxesAndSeries() {
    let svg = PlotSampleFigures.lineWithLegend.svg()
    #expect(svg.contains("<title>Huber loss</title>"))
    let desc = svg.split(separator: "<desc>")[1].split(separator: "</desc>")[0]
    for expected in ["Line chart", "“residual”", "“loss”", "“squared”", "“Huber”", "“absolute”"] {
      #expect(desc.contains(expected), "desc lacks \(expected): \(desc)")
    }
    #expect(desc.contains("x from -3 to 3"))
  }

  @Test func axesAndTextFollowThePageColour() {
    let svg = PlotSampleFigures.histogram.svg()
    // Only series colours and the colour map are fixed; everything else is currentColor.
    let fixed = svg.matches(of: /(?:stroke|fill)="(#[0-9a-f]{6})"/).map { String($0.1) }
    #expect(Set(fixed).isSubset(of: SeriesStyle.colors))
    #expect(!svg.contains("#000"))
    #expect(!svg.contains("black"))
  }

  @Test func specialCharactersAreEscaped() {
    let svg = Figure(title: "a < b & c > \"d\"", xLabel: "x'").svg()
    #expect(svg.contains("<title>a &lt; b &amp; c &gt; &quot;d&quot;</title>"))
    #expect(svg.contains("x&apos;"))
  }

  @Test func seriesPaletteContrastsWithLightAndDarkBackgrounds() {
    for color in SeriesStyle.colors {
      let luminance = Self.luminance(color)
      #expect(Self.contrast(luminance, Self.luminance("#ffffff")) >= 3, "\(color) on white")
      #expect(Self.contrast(luminance, Self.luminance("#1e1e1e")) >= 3, "\(color) on #1e1e1e")
    }
  }

  // MARK: - Helpers

  static func figure(_ name: String) -> Figure {
    figures.first { $0.name == name }!.figure
  }

  /// WCAG relative luminance of `#rrggbb`.
  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16)!
    let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
    let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
  }

  /// WCAG contrast ratio of two luminances.
  static func contrast(_ a: Double, _ b: Double) -> Double {
    (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}

/// Records element names in document order.
private final class ElementCollector: NSObject, XMLParserDelegate {
  var elements: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(elementName)
  }
}

/// Grids of figures.
@Suite struct PlotSubplotsTests {
  @Test func svgIsWellFormedAndDescribesEveryPanel() throws {
    let svg = PlotSampleFigures.subplots.svg()
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse())
    #expect(svg.contains("<title>Step size matters</title>"))
    #expect(svg.contains("Panel 1: Contour plot titled “learning rate 0.05”"))
    #expect(svg.contains("Panel 2: Contour plot titled “learning rate 0.24”"))
    #expect(svg.utf8.count < 60_000)
  }

  @Test(arguments: [1, 2, 3, 4])
  func textFitsTheWidth(columns: Int) {
    let figures = Array(repeating: PlotSampleFigures.lineWithLegend, count: 4)
    let text = Subplots(columns: columns, figures).text()
    for line in text.split(separator: "\n") {
      #expect(TerminalWidth.columns(of: line) <= 72, "\(line)")
    }
  }
}
