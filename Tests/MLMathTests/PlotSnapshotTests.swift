import Foundation
import Testing

@testable import MLMath

/// Compares the SVG and text renderings of the sample figures with the committed
/// snapshots in `Fixtures/plots`.
///
/// After an intended change to the renderings, regenerate the snapshots with
/// `MLMATH_UPDATE_SNAPSHOTS=1 swift test --filter MLMathTests.PlotSnapshotTests`
/// and review the diff (and the SVGs in a browser) before committing.
@Suite struct PlotSnapshotTests {
  @Test(arguments: PlotSampleFigures.all.map(\.name))
  func svgMatchesSnapshot(name: String) throws {
    try PlotSnapshot.check(figure(name).svg(), file: "\(name).svg")
  }

  @Test(arguments: PlotSampleFigures.all.map(\.name))
  func textMatchesSnapshot(name: String) throws {
    try PlotSnapshot.check(figure(name).text(), file: "\(name).txt")
  }

  @Test func subplotsMatchSnapshots() throws {
    try PlotSnapshot.check(PlotSampleFigures.subplots.svg(), file: "subplots.svg")
    try PlotSnapshot.check(PlotSampleFigures.subplots.text(), file: "subplots.txt")
  }

  private func figure(_ name: String) -> Figure {
    PlotSampleFigures.all.first { $0.name == name }!.figure
  }
}

/// Snapshot files: read from the test bundle, rewritten in the source tree on request.
enum PlotSnapshot {
  /// The environment variable that makes ``check(_:file:)`` rewrite snapshots.
  static let updateVariable = "MLMATH_UPDATE_SNAPSHOTS"

  /// The snapshot directory in the source tree (the bundle holds a copy made at build time).
  static let sourceDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/plots", isDirectory: true)

  /// Expects `actual` to equal the snapshot `file`, or rewrites the snapshot when
  /// `MLMATH_UPDATE_SNAPSHOTS=1`.
  static func check(
    _ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let regenerate =
      "Regenerate with `\(updateVariable)=1 swift test --filter MLMathTests.PlotSnapshotTests`"
      + " and review the diff."
    if ProcessInfo.processInfo.environment[updateVariable] == "1" {
      try FileManager.default.createDirectory(
        at: sourceDirectory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: sourceDirectory.appendingPathComponent(file))
      return
    }
    let stem = (file as NSString).deletingPathExtension
    let ext = (file as NSString).pathExtension
    guard
      let url = Bundle.module.url(
        forResource: stem, withExtension: ext, subdirectory: "Fixtures/plots")
    else {
      Issue.record("No snapshot \(file). \(regenerate)", sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(actualLines, expectedLines).enumerated().first { $1.0 != $1.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let got = line < actualLines.count ? String(actualLines[line]) : "(end)"
    let wanted = line < expectedLines.count ? String(expectedLines[line]) : "(end)"
    Issue.record(
      """
      \(file) differs from its snapshot at line \(line + 1):
        got:      \(got)
        expected: \(wanted)
      \(regenerate)
      """, sourceLocation: sourceLocation)
  }
}
