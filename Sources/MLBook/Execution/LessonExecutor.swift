import Foundation
import Markdown

/// Runs the lessons of a course, several at once, reusing cached outputs.
///
/// Results are stored by lesson index, so the order of outputs (and so the
/// site) does not depend on which lesson finished first.
struct LessonExecutor {
  let course: Course
  let options: BuildOptions
  let cache: CacheStore?
  /// Recorded run times by lesson path (balances `--shard`).
  var timings: CacheStore? = nil
  /// Located on first need: a course without `swift-run` blocks needs no compiler.
  let toolchain: @Sendable () throws -> Toolchain
  /// Called on the worker that ran a lesson (or found its outputs cached), before it takes
  /// the next one: the build renders the lesson there, while other lessons still compile.
  var lessonReady: (@Sendable (_ index: Int, _ lesson: SiteBuilder.ExecutedLesson) -> Void)? = nil

  struct Outcome {
    var executed: [SiteBuilder.ExecutedLesson?]
    var problems: [Diagnostic]
    var timings: [BuildSummary.LessonTiming]
    /// Which lessons ran (all of them unless `options.shard` is set).
    var selected: [Bool]
    var shardBasis: Shard.Basis?
    /// The compiler, flags and MLMath build ("" when no lesson needed them).
    var toolchainKey: String
  }

  /// Recorded run times (compile + run, seconds) by lesson, for balancing shards.
  struct Timing: Codable {
    var seconds: Double
  }

  func run() throws -> Outcome {
    let lessons = course.lessons
    let state = SharedState(count: lessons.count)
    // With --shard, only this machine's part of the course runs.
    var selected = Array(repeating: true, count: lessons.count)
    var basis: Shard.Basis?
    if let shard = options.shard {
      let paths = lessons.map(course.relativePath)
      var seconds: [String: Double] = [:]
      for path in paths { seconds[path] = timings?.loadJSON(Timing.self, Self.timingKey(path))?.seconds }
      let assignment = Shard.assign(paths: paths, count: shard.count, seconds: seconds.compactMapValues { $0 })
      selected = paths.map { assignment.shards[$0] == shard.index }
      basis = assignment.basis
    }
    // Parse the attributes first: a typo fails fast, before anything compiles.
    var plans: [[ExecutableBlock]?] = []
    for (index, lesson) in lessons.enumerated() {
      guard selected[index] else {
        plans.append(nil)
        continue
      }
      do {
        plans.append(try lesson.executableBlocks())
      } catch {
        plans.append(nil)
        state.fail(error.diagnostics)
      }
    }
    if state.failed && !options.keepGoing {
      return Outcome(
        executed: [], problems: state.problems, timings: [], selected: selected, shardBasis: basis, toolchainKey: "")
    }
    let needsCompiler = plans.contains { ($0?.isEmpty ?? true) == false }
    let runner: LessonRunner?
    let toolchainKey: String
    if needsCompiler {
      let tc: Toolchain
      do {
        tc = try toolchain()
      } catch {
        throw Pipeline.EnvironmentError(description: "\(error)")
      }
      var configured = LessonRunner(
        toolchain: tc, timeout: course.config.timeout, outputLimit: course.config.outputLimit)
      configured.slowTypeCheckMilliseconds = course.config.slowTypeCheck
      configured.digests = cache.map {
        CacheStore(root: $0.directory.deletingLastPathComponent(), kind: "digests", reads: $0.reads)
      }
      configured.sandbox =
        options.chosenSandbox(limits: course.config.limits)
      for line in configured.sandbox.summary { options.progress.phase(line) }
      runner = configured
      toolchainKey = runner!.cacheKey
    } else {
      runner = nil
      toolchainKey = ""
    }

    let blockPlans = plans
    let jobs = max(1, min(options.jobs, lessons.count))
    // One worker keeps the course order, so that the first failure it stops at is the earliest.
    if jobs > 1 {
      state.order = Self.runOrder(
        seconds: lessons.indices.map { index in
          timings?.loadJSON(Timing.self, Self.timingKey(course.relativePath(lessons[index])))?.seconds
            ?? Self.estimatedSeconds(blockPlans[index] ?? [])
        },
        cached: lessons.indices.map { index in
          guard let blocks = blockPlans[index], !blocks.isEmpty else { return true }
          guard runner != nil, let cache else { return false }
          return cache.contains(executionKey(lessons[index], blocks, toolchainKey: toolchainKey))
        })
    }
    let lessonReady = self.lessonReady
    let group = DispatchGroup()
    for _ in 0..<jobs {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        while let index = state.next(stopOnFailure: !options.keepGoing) {
          guard let blocks = blockPlans[index] else { continue }
          let lesson = lessons[index]
          let start = ContinuousClock.now
          options.progress.lessonStarted(lesson, index: index, total: lessons.count, blocks: blocks.count)
          var cached = false
          var failed = false
          var phases: (compile: Double?, run: Double?) = (nil, nil)
          if blocks.isEmpty {
            let item = SiteBuilder.ExecutedLesson(lesson: lesson, blocks: [], run: LessonRun(outputs: []))
            state.store(index, item)
            lessonReady?(index, item)
            continue
          } else if let runner {
            let key = executionKey(lesson, blocks, toolchainKey: toolchainKey)
            if let cache, let run = cache.loadJSON(LessonRun.self, key), run.outputs.count == blocks.count {
              cached = true
              options.diagnostics.warn(run.warningDiagnostics(lesson: lesson, blocks: blocks))
              state.store(index, SiteBuilder.ExecutedLesson(lesson: lesson, blocks: blocks, run: run))
            } else {
              do throws(DiagnosticError) {
                let run = try runner.run(lesson, blocks: blocks, courseRoot: course.root)
                phases = (run.compileSeconds, run.runSeconds)
                timings?.storeJSON(
                  Self.timingKey(course.relativePath(lesson)),
                  Timing(seconds: (run.compileSeconds ?? 0) + (run.runSeconds ?? 0)))
                options.diagnostics.warn(run.warningDiagnostics(lesson: lesson, blocks: blocks))
                cache?.storeJSON(key, run)
                state.store(index, SiteBuilder.ExecutedLesson(lesson: lesson, blocks: blocks, run: run))
              } catch {
                failed = true
                state.fail(error.diagnostics)
              }
            }
          }
          let seconds = start.duration(to: .now).seconds
          options.progress.lessonFinished(lesson, seconds: seconds, cached: cached, failed: failed)
          state.time(
            index,
            BuildSummary.LessonTiming(
              path: lesson.displayPath, seconds: seconds, cached: cached, failed: failed,
              compileSeconds: phases.compile,
              runSeconds: phases.run))
          if let lessonReady, let item = state.result(index) { lessonReady(index, item) }
        }
      }
    }
    group.wait()
    return Outcome(
      executed: state.results, problems: state.problems, timings: state.timings.compactMap { $0 }, selected: selected,
      shardBasis: basis, toolchainKey: toolchainKey)
  }

  /// Lesson indices in the order the workers take them: those to compile and run, longest
  /// first; then those whose outputs are cached, in course order, to be rendered by whichever
  /// worker is free (after a one-block edit, the edited lesson compiles from the start while
  /// the other worker renders the rest).
  static func runOrder(seconds: [Double], cached: [Bool]) -> [Int] {
    longestFirst(seconds).filter { !cached[$0] } + seconds.indices.filter { cached[$0] }
  }

  /// Lesson indices in the order the workers take them: the longest first (LPT scheduling),
  /// so that a long lesson does not start last and leave the other workers idle at the end
  /// of a cold build. Ties keep the course order. Results are stored by index, so the site
  /// does not depend on the order.
  static func longestFirst(_ seconds: [Double]) -> [Int] {
    seconds.indices.sorted { seconds[$0] > seconds[$1] || (seconds[$0] == seconds[$1] && $0 < $1) }
  }

  /// A guess at a lesson's compile and run time before it has been timed: compile time grows
  /// with the code (the course's lessons: 0.6–1.1 s for 4–20 kB of blocks).
  static func estimatedSeconds(_ blocks: [ExecutableBlock]) -> Double {
    0.5 + Double(blocks.reduce(0) { $0 + $1.code.literal.utf8.count }) / 30_000
  }

  static func timingKey(_ relativePath: String) -> String {
    var hash = ContentHash("mlbook-timing-v1")
    hash.add(relativePath)
    return hash.hex
  }

  /// Everything that can change a lesson's outputs: its blocks and their
  /// attributes, the MLMath build, the compiler and flags, the limits, and the
  /// data files it declares. Prose, math and templates are not in it.
  func executionKey(_ lesson: Lesson, _ blocks: [ExecutableBlock], toolchainKey: String) -> String {
    var hash = ContentHash("mlbook-run-v2")
    hash.add(toolchainKey)
    // The program names its file as displayed (`#sourceLocation`), which a trap message can print.
    hash.add(lesson.displayPath)
    hash.add(contentKey(lesson, blocks))
    return hash.hex
  }

  /// The lesson's part of the execution key: everything but the toolchain.
  func contentKey(_ lesson: Lesson, _ blocks: [ExecutableBlock]) -> String {
    var hash = ContentHash("mlbook-lesson-code-v1")
    hash.add(course.relativePath(lesson))
    hash.add(String(course.config.timeout))
    hash.add(course.config.outputLimit)
    for block in blocks {
      hash.add(block.code.info)
      hash.add(block.code.literal)
    }
    for path in lesson.frontMatter.data {
      hash.add(path)
      hash.add((try? Data(contentsOf: course.root.appendingPathComponent(path))) ?? Data("missing".utf8))
    }
    return hash.hex
  }
}

/// Work queue and results shared by the worker threads.
private final class SharedState: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private let count: Int
  /// The lesson indices in the order they are handed out (set before the workers start).
  var order: [Int]
  private(set) var results: [SiteBuilder.ExecutedLesson?]
  private(set) var timings: [BuildSummary.LessonTiming?]
  private(set) var problems: [Diagnostic] = []

  init(count: Int) {
    self.count = count
    order = Array(0..<count)
    results = Array(repeating: nil, count: count)
    timings = Array(repeating: nil, count: count)
  }

  var failed: Bool { lock.withLock { !problems.isEmpty } }

  func next(stopOnFailure: Bool) -> Int? {
    lock.withLock {
      guard nextIndex < count, !(stopOnFailure && !problems.isEmpty) else { return nil }
      defer { nextIndex += 1 }
      return order[nextIndex]
    }
  }

  func store(_ index: Int, _ result: SiteBuilder.ExecutedLesson) { lock.withLock { results[index] = result } }
  func result(_ index: Int) -> SiteBuilder.ExecutedLesson? { lock.withLock { results[index] } }
  func time(_ index: Int, _ timing: BuildSummary.LessonTiming) { lock.withLock { timings[index] = timing } }
  func fail(_ diagnostics: [Diagnostic]) { lock.withLock { problems += diagnostics } }
}
