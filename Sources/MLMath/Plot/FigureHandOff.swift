import Foundation

/// Hands figures over to whoever runs the program: mlbook, or a person at a terminal.
///
/// When the environment variable `MLBOOK_FIGURE_DIR` names a directory, each figure's
/// SVG is written there as `figure-<pid>-<n>.svg` (`n` counting from 1 within the
/// process), and the text rendering is written to the output between two marker lines
/// that start and end with the byte 0x01:
///
/// ```
/// \u{1}mlbook-figure figure-<pid>-<n>.svg\u{1}
/// <text rendering>
/// \u{1}mlbook-figure-end\u{1}
/// ```
///
/// mlbook replaces that block with the SVG in web pages and keeps the text in plain-text
/// chapters. Without the variable, only the text rendering is written.
struct FigureHandOff: Sendable {
  /// The environment variable naming the directory for SVG files.
  static let environmentVariable = "MLBOOK_FIGURE_DIR"

  /// The directory for SVG files, or `nil` to write only text.
  let directory: String?
  /// The process id used in file names.
  let processID: Int32

  /// A hand-off configured by `environment` for the process `processID`.
  init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    processID: Int32 = ProcessInfo.processInfo.processIdentifier
  ) {
    directory = environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    self.processID = processID
  }

  /// The name of the SVG file of the `number`th figure shown.
  func fileName(number: Int) -> String {
    "figure-\(processID)-\(number).svg"
  }

  /// Presents `figure`, the `number`th shown by this process, on `output`; writes its
  /// SVG file first when there is a directory. If the file cannot be written, only the
  /// text rendering is presented and the error is thrown afterwards.
  func present(
    _ figure: some FigureRendering, number: Int, to output: inout some TextOutputStream
  ) throws {
    let text = figure.text(width: 72, height: 20)
    guard let directory else {
      output.write(text)
      return
    }
    let name = fileName(number: number)
    let url = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(name)
    do {
      try Data(figure.svg().utf8).write(to: url, options: .atomic)
    } catch {
      output.write(text)
      throw error
    }
    // One write, so that the block reaches the output in one piece.
    output.write("\u{1}mlbook-figure \(name)\u{1}\n" + text + "\u{1}mlbook-figure-end\u{1}\n")
  }
}

/// Something ``show(_:)-(Figure)`` can hand off: a chart that renders as SVG and as text.
protocol FigureRendering: Sendable {
  /// The chart as a standalone SVG document.
  func svg() -> String
  /// The chart as Unicode text at most `width` columns wide and about `height` lines tall.
  func text(width: Int, height: Int) -> String
}

extension Figure: FigureRendering {}
extension Subplots: FigureRendering {}

/// Numbers the figures shown by this process: 1, 2, 3, …
final class FigureCounter: @unchecked Sendable {
  /// The process-wide counter used by ``show(_:)``.
  static let shared = FigureCounter()

  private let lock = NSLock()
  private var count = 0

  /// The next number, starting from 1; safe to call from any thread.
  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    count += 1
    return count
  }
}
