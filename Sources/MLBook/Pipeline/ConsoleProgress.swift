import Foundation

/// Progress on stderr: a live line on a terminal (`[3/12] running 03-combinatorics (7 blocks)`),
/// plain lines otherwise; a summary with per-lesson timings at the end.
public final class ConsoleProgress: ProgressReporter, @unchecked Sendable {
  public enum Verbosity: Sendable { case quiet, normal, verbose }

  private let verbosity: Verbosity
  private let live: Bool
  private let lock = NSLock()
  private var started = 0
  private var total = 0

  public init(verbosity: Verbosity, isTerminal: Bool = isatty(2) == 1) {
    self.verbosity = verbosity
    self.live = isTerminal && verbosity != .quiet
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  public func phase(_ name: String) {
    guard verbosity == .verbose else { return }
    lock.withLock { write((live ? "\r\u{1B}[2K" : "") + "\(name)\n") }
  }

  public func lessonStarted(_ lesson: Lesson, index: Int, total: Int, blocks: Int) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      started += 1
      self.total = total
      let line = "[\(started)/\(total)] running \(lesson.slug) (\(blocks) block\(blocks == 1 ? "" : "s"))"
      if live {
        write("\r\u{1B}[2K" + line)
      } else if verbosity == .verbose {
        write(line + "\n")
      }
    }
  }

  public func lessonFinished(_ lesson: Lesson, seconds: Double, cached: Bool, failed: Bool) {
    guard verbosity == .verbose else { return }
    lock.withLock {
      let what = failed ? "failed" : cached ? "cached" : String(format: "%.2f s", seconds)
      write((live ? "\r\u{1B}[2K" : "") + "  \(lesson.slug): \(what)\n")
    }
  }

  public func finished(summary: BuildSummary) {
    guard verbosity != .quiet else { return }
    lock.withLock {
      if live { write("\r\u{1B}[2K") }
      if summary.upToDate {
        write("nothing changed (\(String(format: "%.3f", summary.totalSeconds)) s)\n")
        return
      }
      let ran = summary.lessons.filter { !$0.cached && !$0.failed }
      let cached = summary.lessons.filter(\.cached).count
      let failed = summary.lessons.filter(\.failed).count
      if verbosity == .verbose || !ran.isEmpty {
        for timing in ran.sorted(by: { $0.seconds > $1.seconds }).prefix(verbosity == .verbose ? .max : 5) {
          var line = String(format: "  %6.2f s  ", timing.seconds) + timing.path
          if let compile = timing.compileSeconds, let run = timing.runSeconds {
            line += String(format: " (compile %.2f s, run %.2f s)", compile, run)
          }
          write(line + "\n")
        }
      }
      let count = summary.lessons.count
      var parts = ["\(count) lesson\(count == 1 ? "" : "s") with code", "\(ran.count) run", "\(cached) cached"]
      if failed > 0 { parts.append("\(failed) failed") }
      write(parts.joined(separator: ", ") + String(format: " in %.2f s\n", summary.totalSeconds))
    }
  }
}
