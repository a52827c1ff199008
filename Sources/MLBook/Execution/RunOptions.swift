import Foundation
import Markdown

/// How a `swift-run` block runs, from the words after `swift-run` in its info string.
public struct RunOptions: Sendable, Hashable {
  /// Run, but show only the output.
  public var hidden = false
  /// Run, but show no output.
  public var noOutput = false
  /// Run in its own scope: its declarations are invisible to later blocks.
  public var isolated = false
  /// The block must crash; the crash message becomes its output and the lesson goes on.
  public var expectTrap = false
  /// Seconds the block may run (the course default when `nil`).
  public var timeout: Double?
  /// `rtol=`: relative tolerance for numbers in the output (the course's `check.rtol` when `nil`).
  public var rtol: Double?
  /// `atol=`: absolute tolerance for numbers in the output (the course's `check.atol` when `nil`).
  public var atol: Double?

  public init() {}

  static let words = ["hidden", "no-output", "isolated", "expect-trap", "timeout=", "rtol=", "atol="]

  /// The tolerance this block's output is checked with, given the course's.
  public func tolerance(course: NumericTolerance) -> NumericTolerance {
    NumericTolerance(rtol: rtol ?? course.rtol, atol: atol ?? course.atol)
  }

  /// Reads the attributes of `info` (`swift-run hidden timeout=5`).
  ///
  /// - Parameters:
  ///   - info: The whole info string.
  ///   - line: The text of the fence's line in the file, to point at the bad word.
  static func parse(info: String, fenceLine: Substring, path: String, lineNumber: Int) throws(DiagnosticError)
    -> RunOptions
  {
    var options = RunOptions()
    let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst()
    for word in words {
      func fail(_ message: String) -> DiagnosticError {
        let column =
          fenceLine.range(of: word).map { fenceLine.utf8.distance(from: fenceLine.startIndex, to: $0.lowerBound) + 1 }
          ?? 1
        return DiagnosticError(Diagnostic(path: path, line: lineNumber, column: column, message: message))
      }
      switch word {
      case "hidden": options.hidden = true
      case "no-output": options.noOutput = true
      case "isolated": options.isolated = true
      case "expect-trap": options.expectTrap = true
      default:
        if word.hasPrefix("timeout=") {
          guard let seconds = Double(word.dropFirst("timeout=".count)), seconds > 0, seconds.isFinite else {
            throw fail("`\(word)`: the timeout must be a positive number of seconds, like `timeout=60`")
          }
          options.timeout = seconds
        } else if word.hasPrefix("rtol=") || word.hasPrefix("atol=") {
          let name = word.prefix(4)
          guard let value = Double(word.dropFirst(5)), value >= 0, value.isFinite else {
            throw fail(
              "`\(word)`: \(name) must be a number ≥ 0, like `\(name)=1e-9` (numbers in the output may differ by that much)"
            )
          }
          if name == "rtol" { options.rtol = value } else { options.atol = value }
        } else {
          let name = String(word)
          let nearest = NearestMatch.nearest(
            to: name, in: ["hidden", "no-output", "isolated", "expect-trap", "timeout", "rtol", "atol"])!
          let suggestion =
            nearest == "timeout"
            ? "timeout=SECONDS" : nearest == "rtol" || nearest == "atol" ? "\(nearest)=1e-9" : nearest
          throw fail("unknown swift-run attribute `\(name)`; did you mean `\(suggestion)`?")
        }
      }
    }
    if options.hidden && options.noOutput {
      throw DiagnosticError(
        Diagnostic(
          path: path, line: lineNumber, column: 1,
          message: "a block cannot be both `hidden` and `no-output`: nothing of it would be shown"))
    }
    return options
  }
}
