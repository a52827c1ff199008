import Foundation

/// How `build` and `check` go about their work.
public struct BuildOptions: Sendable {
  /// Lessons compiled and run at once.
  public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  /// Reuse the outputs of lessons whose code, MLMath build and compiler are unchanged.
  /// When false (`--no-cache`) nothing is read from the cache, but what runs is still
  /// recorded in it, so the next build is instant again.
  public var useCache = true
  /// Record what runs and renders in the cache (`render` of a lone file does not).
  public var recordsCache = true
  /// Report every failing lesson and build the others, instead of stopping at the first failure.
  public var keepGoing = false
  /// Editions to write besides those `mlbook.yml` names (`build --pdf`).
  public var editions: Set<Edition> = []
  /// Whether PDFs whose chapter changed are printed again (a minute for a course). `serve` says
  /// no: the preview keeps the last build's PDFs as they are, and the next `build` prints them.
  public var printsEditions = true
  public var progress: any ProgressReporter = SilentProgress()
  /// Where every step reports warnings (printed without failing the command).
  public var diagnostics = DiagnosticSink()
  /// Warnings fail the command, as errors (`--strict`).
  public var strict = false
  /// Run lesson programs in the sandbox (`--no-sandbox` turns it off, for debugging).
  public var sandbox = true
  /// Where `check` lists the blocks it finds, for reports (`--report`).
  public var checkedBlocks: CheckedBlocks?
  /// The sandbox lesson programs and python twins run in: detected, or none with `--no-sandbox`.
  func chosenSandbox(limits: ResourceLimits) -> Sandbox {
    sandbox ? .detect(limits: limits) : .disabled(limits: limits)
  }
  /// Run only this part of the course (`--shard I/N`).
  public var shard: Shard?

  public init() {}
}

/// Receives progress as a build goes. Called from worker threads.
public protocol ProgressReporter: Sendable {
  func phase(_ name: String)
  func lessonStarted(_ lesson: Lesson, index: Int, total: Int, blocks: Int)
  func lessonFinished(_ lesson: Lesson, seconds: Double, cached: Bool, failed: Bool)
  func finished(summary: BuildSummary)
}

/// Timings of a finished build.
public struct BuildSummary: Sendable {
  public struct LessonTiming: Sendable {
    public var path: String
    public var seconds: Double
    public var cached: Bool
    public var failed: Bool
    /// Compiling and running, for lessons that ran.
    public var compileSeconds: Double?
    public var runSeconds: Double?
  }

  public var lessons: [LessonTiming] = []
  public var totalSeconds: Double = 0
  /// `true` when nothing had changed and nothing was written.
  public var upToDate = false
}

public struct SilentProgress: ProgressReporter {
  public init() {}
  public func phase(_ name: String) {}
  public func lessonStarted(_ lesson: Lesson, index: Int, total: Int, blocks: Int) {}
  public func lessonFinished(_ lesson: Lesson, seconds: Double, cached: Bool, failed: Bool) {}
  public func finished(summary: BuildSummary) {}
}
