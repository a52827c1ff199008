import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Turns what a crashing Swift program prints into the message a reader should see.
enum TrapMessage {
  private static let kinds = ["Fatal error", "Precondition failed", "Assertion failed"]

  /// `MLMath/Matrix.swift:30: Fatal error: …` → `Fatal error: …`, without the
  /// stack trace; a crash with no message gets one naming the signal.
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
      let text = result.text
      result.append(text: (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + "Crashed: \(describe(signal))\n")
    }
    return result
  }

  /// A one-line summary for diagnostics.
  static func summary(output: String, signal: Int32) -> String {
    for line in output.split(separator: "\n").reversed() {
      if let cleaned = message(in: line) { return String(cleaned) }
    }
    return describe(signal)
  }

  /// The lesson line a trap message names (`lessons/x.md:12: Fatal error: …`), if any.
  static func line(in output: String, path: String) -> Int? {
    // `#fileID` names the file as `Module/name` (the program's module is `Lesson`).
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for line in output.split(separator: "\n").reversed() {
      guard let prefix = [path + ":", "Lesson/" + name + ":"].first(where: { line.hasPrefix($0) }) else { continue }
      let rest = line.dropFirst(prefix.count)
      if let number = Int(rest.prefix(while: { $0.isNumber })), message(in: line) != nil { return number }
    }
    return nil
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
