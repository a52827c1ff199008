import Foundation
import Markdown

/// Compares what the blocks print with what the lesson records.
public enum OutputCheck {
  /// A block whose recorded output is missing or differs.
  public struct Mismatch: Sendable {
    public var block: ExecutableBlock
    public var actual: String
    /// The tolerance the block was compared with.
    public var tolerance: NumericTolerance = .exact
  }

  /// The blocks whose `output` fence does not hold what they print. `no-output`
  /// blocks record nothing; a block that prints nothing needs no fence.
  ///
  /// Numbers may differ within `tolerance` (the course's; a block's `rtol=`/`atol=`
  /// override it); an output within tolerance is not a mismatch, so `--update`
  /// leaves its fence alone.
  public static func mismatches(blocks: [ExecutableBlock], run: LessonRun, tolerance: NumericTolerance = .exact)
    -> [Mismatch]
  {
    zip(blocks, run.outputs).compactMap { block, output in
      guard !block.options.noOutput else { return nil }
      let actual = OutputFences.normalized(output.text)
      let tolerance = block.options.tolerance(course: tolerance)
      if let recorded = block.recorded {
        return OutputComparison.equal(recorded: recorded.literal, actual: actual, tolerance: tolerance)
          ? nil : Mismatch(block: block, actual: actual, tolerance: tolerance)
      }
      return actual.isEmpty ? nil : Mismatch(block: block, actual: actual)
    }
  }

  /// A diagnostic for each mismatch, with a unified diff.
  public static func diagnostics(_ mismatches: [Mismatch], lesson: Lesson) -> [Diagnostic] {
    mismatches.map { mismatch in
      let block = mismatch.block
      if let recorded = block.recorded {
        var diff = UnifiedDiff.make(
          old: recorded.literal, new: mismatch.actual,
          oldName: "recorded (\(lesson.displayPath):\(recorded.position.line))", newName: "actual")
        if let numbers = OutputComparison.explanation(
          recorded: recorded.literal, actual: mismatch.actual, tolerance: mismatch.tolerance)
        {
          diff += numbers + "\n"
        }
        return Diagnostic(
          path: lesson.displayPath, line: block.line, column: block.code.position.column,
          message:
            "swift-run block \(block.index + 1): the recorded output differs from what it prints (`mlbook check --update` records it)",
          detail: diff)
      }
      return Diagnostic(
        path: lesson.displayPath, line: block.line, column: block.code.position.column,
        message:
          "swift-run block \(block.index + 1): its output is not recorded (`mlbook check --update` adds an `output` fence)",
        detail: UnifiedDiff.make(old: "", new: mismatch.actual, oldName: "recorded (none)", newName: "actual"))
    }
  }
}
