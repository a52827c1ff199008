import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Turns what a crashing Swift program prints into the message a reader should
/// see, and finds the lesson line that crashed.
///
/// Lesson programs run with Swift's backtracer on (``backtraceSettings``) and are
/// compiled with line tables, so the crash report names the frame in the lesson
/// (`main + 261 in lesson at lessons/09-x.md:42:13`) even when the trap fired
/// inside MLMath. The report is read for that line and then removed: readers see
/// only `Fatal error: …`.
enum TrapMessage {
  private static let kinds = ["Fatal error", "Precondition failed", "Assertion failed"]

  /// `SWIFT_BACKTRACE` for lesson programs: a short, non-interactive, uncoloured
  /// report of the crashed thread, with file and line of each frame.
  static let backtraceSettings =
    "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,sanitize=no,"
    + "limit=48,top=0,symbolicate=full,demangle=yes,output-to=stderr"

  /// `MLMath/Matrix.swift:30: Fatal error: …` → `Fatal error: …`, without the
  /// crash report or stack trace; a crash with no message gets one naming the signal.
  static func normalize(_ output: BlockOutput, signal: Int32) -> BlockOutput {
    var result = BlockOutput()
    var foundMessage = false
    for segment in output.segments {
      guard case .text(let text) = segment else {
        result.segments.append(segment)
        continue
      }
      var kept: [Substring] = []
      var inTrace = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if isReportStart(line) {
          // The report runs to the end of what the crashed process printed.
          while kept.last?.isEmpty == true { kept.removeLast() }
          kept.append("")
          break
        }
        if line == "Current stack trace:" {
          inTrace = true
          continue
        }
        if inTrace, line.first?.isNumber == true || line.isEmpty { continue }
        inTrace = false
        if let cleaned = message(in: line) {
          kept.append(cleaned)
          foundMessage = true
        } else {
          kept.append(line)
        }
      }
      result.append(text: kept.joined(separator: "\n"))
    }
    if !foundMessage {
      let text = result.rawText
      let what = runtimeFailure(in: output.rawText) ?? "Crashed: \(describe(signal))"
      result.append(text: (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + what + "\n")
    }
    return result
  }

  /// What the block printed before it crashed: the output without the trap
  /// message and the crash report (the diagnostic states the message once).
  static func printedBeforeCrash(_ output: String) -> String {
    var kept: [Substring] = []
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      if isReportStart(line) || line == "Current stack trace:" { break }
      if message(in: line) != nil { continue }
      kept.append(line)
    }
    while kept.last?.isEmpty == true { kept.removeLast() }
    return kept.joined(separator: "\n")
  }

  /// A one-line summary for diagnostics.
  static func summary(output: String, signal: Int32) -> String {
    for line in output.split(separator: "\n").reversed() {
      if let cleaned = message(in: line) { return String(cleaned) }
    }
    return runtimeFailure(in: output) ?? describe(signal)
  }

  /// A trap without a message (an overflow, a division by zero) is named in the
  /// crash report: `*** Swift runtime failure: arithmetic overflow ***`.
  static func runtimeFailure(in output: String) -> String? {
    let prefix = "*** Swift runtime failure: "
    for line in output.split(separator: "\n") where line.hasPrefix(prefix) {
      var failure = line.dropFirst(prefix.count)
      if failure.hasSuffix(" ***") { failure = failure.dropLast(4) }
      return "Swift runtime failure: " + failure
    }
    return nil
  }

  /// The lesson line and column that crashed: the innermost frame of the crash
  /// report in the lesson file, or the line a trap message names
  /// (`lessons/x.md:12: Fatal error: …`, from a `fatalError` in lesson code).
  static func location(in output: String, path: String) -> (line: Int, column: Int?)? {
    let frameMarker = " at " + path + ":"
    for line in output.split(separator: "\n") {
      guard let range = line.range(of: frameMarker) else { continue }
      let numbers = line[range.upperBound...].split(separator: ":").prefix(2).map {
        Int($0.prefix(while: { $0.isNumber }))
      }
      if let lineNumber = numbers.first ?? nil {
        return (lineNumber, numbers.count > 1 ? numbers[1] : nil)
      }
    }
    // `#fileID` names the file as `Module/name` (the program's module is `Lesson`).
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for line in output.split(separator: "\n").reversed() {
      guard let prefix = [path + ":", "Lesson/" + name + ":"].first(where: { line.hasPrefix($0) }) else { continue }
      let rest = line.dropFirst(prefix.count)
      if let number = Int(rest.prefix(while: { $0.isNumber })), message(in: line) != nil { return (number, nil) }
    }
    return nil
  }

  private static func isReportStart(_ line: Substring) -> Bool {
    line.hasPrefix("*** Signal ") || line.hasPrefix("*** Program crashed")
  }

  private static func message(in line: Substring) -> Substring? {
    for kind in kinds {
      if line.hasPrefix(kind + ":") { return line }
      if let range = line.range(of: ": " + kind + ":") {
        return line[line.index(range.lowerBound, offsetBy: 2)...]
      }
    }
    return nil
  }

  static func describe(_ signal: Int32) -> String {
    let name = strsignal(signal).map { String(cString: $0) } ?? "signal"
    return "signal \(signal) (\(name))"
  }
}
