import Foundation
import XCTest

/// matplotlib's names for plotting calls fail to compile with an error that names the
/// MLMath spelling, at the line that used them (see docs/plotting.md).
final class MatplotlibNamesTests: XCTestCase {
  /// Each line of the program and the error the compiler must report for it.
  static let cases: [(code: String, error: String)] = [
    (
      "_ = fig.hist(x, bins: 5)",
      "'hist(_:bins:range:density:label:)' has been renamed to 'histogram(_:bins:range:density:label:)'"
    ),
    ("_ = fig.xlabel(\"x\")", "'xlabel' has been renamed to 'xLabel(_:)'"),
    ("_ = fig.ylabel(\"y\")", "'ylabel' has been renamed to 'yLabel(_:)'"),
    ("_ = fig.xlim(0, 1)", "'xlim' is unavailable: write .xLimits(low...high)"),
    ("_ = fig.ylim(0, 1)", "'ylim' is unavailable: write .yLimits(low...high)"),
    ("_ = fig.yscale(\"log\")", "'yscale' is unavailable: write .yScale(.log) or .yScale(.linear)"),
    ("_ = fig.axhline(0.5)", "'axhline(_:label:)' has been renamed to 'horizontalLine(at:label:)'"),
    ("_ = fig.axvline(0)", "'axvline(_:label:)' has been renamed to 'verticalLine(at:label:)'"),
    (
      "_ = fig.fill_between(x, x, x)",
      "'fill_between(_:_:_:label:)' has been renamed to 'fillBetween(_:_:_:label:)'"
    ),
    ("_ = fig.imshow(eye(2))", "'imshow' has been renamed to 'heatmap(_:)'"),
    ("fig.show()", "'show()' is unavailable: write show(fig)"),
    (
      "fig.savefig(\"f.svg\")",
      "'savefig' is unavailable: in a lesson, show(fig) puts the figure on the page; elsewhere write fig.svg() to a file"
    ),
    (
      "_ = Figure(title: \"t\", legend: true)",
      "'init(title:xLabel:yLabel:legend:)' is unavailable: call .legend() on the figure"
    ),
    (
      "_ = Figure(figsize: (8, 5))",
      "'init(title:xLabel:yLabel:figsize:)' is unavailable: call .size(width:height:) on the figure"
    ),
    ("_ = subplots(1, 2)", "'subplots' is unavailable: build each panel as a Figure"),
  ]

  func testMatplotlibNamesPointToMLMathSpellings() throws {
    let modules = try XCTUnwrap(
      LessonTypeCheckTests.modulesDirectory(), "no Modules/MLMath.swiftmodule near the test bundle")
    let header = [
      "import MLMath", "let x: Vector = [1, 2, 3]", "let fig = Figure().plot(x, x)",
      // The real spellings compile, next to the unavailable ones.
      "_ = fig.title(\"t\").xLabel(\"x\").yLabel(\"y\").legend().yLimits(0...1).histogram(x)",
    ]
    let program = header + Self.cases.map(\.code)
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("matplotlib-names-\(UUID().uuidString).swift")
    try program.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let (status, text) = try LessonTypeCheckTests.typecheck(file, modules: modules)

    XCTAssertNotEqual(status, 0)
    let errors = text.split(separator: "\n").filter { $0.contains(": error: ") }
    XCTAssertEqual(errors.count, Self.cases.count, text)
    for (index, testCase) in Self.cases.enumerated() {
      let line = header.count + index + 1
      XCTAssertTrue(
        errors.contains { $0.contains("\(file.path):\(line):") && $0.contains(testCase.error) },
        "line \(line) `\(testCase.code)` should fail with “\(testCase.error)”:\n\(text)")
    }
  }
}
