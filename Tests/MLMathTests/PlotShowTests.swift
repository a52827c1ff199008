import Foundation
import Testing

@testable import MLMath

/// The hand-off protocol between `show(_:)` and mlbook's lesson runner.
@Suite struct PlotShowTests {
  /// A text stream that keeps what is written.
  struct Capture: TextOutputStream {
    var text = ""
    mutating func write(_ string: String) { text += string }
  }

  @Test func withoutFigureDirectoryOnlyTextIsWritten() throws {
    let handOff = FigureHandOff(environment: [:], processID: 123)
    var output = Capture()
    try handOff.present(PlotSampleFigures.bar, number: 1, to: &output)
    #expect(output.text == PlotSampleFigures.bar.text())
  }

  @Test func emptyFigureDirectoryMeansUnset() {
    let handOff = FigureHandOff(environment: ["MLBOOK_FIGURE_DIR": ""], processID: 1)
    #expect(handOff.directory == nil)
  }

  @Test func withFigureDirectorySVGIsWrittenAndTextFramedByMarkers() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let handOff = FigureHandOff(
      environment: ["MLBOOK_FIGURE_DIR": directory.path], processID: 4242)
    let figure = PlotSampleFigures.histogram
    var output = Capture()
    try handOff.present(figure, number: 1, to: &output)
    try handOff.present(figure, number: 2, to: &output)

    let expectedBlock = { (n: Int) in
      "\u{1}mlbook-figure figure-4242-\(n).svg\u{1}\n" + figure.text()
        + "\u{1}mlbook-figure-end\u{1}\n"
    }
    #expect(output.text == expectedBlock(1) + expectedBlock(2))
    for n in 1...2 {
      let file = directory.appendingPathComponent("figure-4242-\(n).svg")
      #expect(try String(contentsOf: file, encoding: .utf8) == figure.svg())
    }
  }

  @Test func unwritableDirectoryStillPrintsTextThenThrows() throws {
    let handOff = FigureHandOff(
      environment: ["MLBOOK_FIGURE_DIR": "/nonexistent/mlmath-figures"], processID: 7)
    var output = Capture()
    #expect(throws: (any Error).self) {
      try handOff.present(PlotSampleFigures.bar, number: 1, to: &output)
    }
    #expect(output.text == PlotSampleFigures.bar.text())
  }

  @Test func figureNumbersCountUpFromOne() {
    let counter = FigureCounter()
    let numbers: [Int] = [counter.next(), counter.next(), counter.next()]
    #expect(numbers == [1, 2, 3] as [Int])
  }

  /// `show(_:)` itself, end to end: environment variable set, standard output captured
  /// through a pipe.
  @Test func showWritesTheProtocolToStandardOutput() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    setenv("MLBOOK_FIGURE_DIR", directory.path, 1)
    defer { unsetenv("MLBOOK_FIGURE_DIR") }
    let figure = PlotSampleFigures.lineWithLegend

    let captured = try Self.capturingStandardOutput { show(figure) }

    let pid = ProcessInfo.processInfo.processIdentifier
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    let name = try #require(files.first)
    #expect(files.count == 1)
    #expect(name.hasPrefix("figure-\(pid)-") && name.hasSuffix(".svg"))
    // The test runner may print its own progress to the same pipe, before or after.
    #expect(
      captured.contains(
        "\u{1}mlbook-figure \(name)\u{1}\n" + figure.text() + "\u{1}mlbook-figure-end\u{1}\n"))
    let svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    #expect(svg == figure.svg())
  }

  // MARK: - Helpers

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlmath-show-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// What `body` writes to standard output (file descriptor 1) — and whatever else the
  /// process prints meanwhile. The pipe is drained concurrently, so output of any size
  /// cannot block the writer.
  static func capturingStandardOutput(_ body: () -> Void) throws -> String {
    fflush(nil)
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw CocoaError(.fileWriteUnknown) }
    let reader = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
    let captured = CapturedData()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      captured.data = reader.readDataToEndOfFile()
      done.signal()
    }
    let saved = dup(1)
    dup2(fds[1], 1)
    close(fds[1])
    body()
    fflush(nil)
    dup2(saved, 1)  // Closes the pipe's last write end: the reader sees end of file.
    close(saved)
    done.wait()
    return String(decoding: captured.data, as: UTF8.self)
  }

  /// The bytes read by the draining thread, handed over through a semaphore.
  private final class CapturedData: @unchecked Sendable {
    var data = Data()
  }
}
