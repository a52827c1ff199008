import Foundation
import Markdown
import TeX

/// mlbook's commands as a library: load → parse → run → render → write.
public struct Pipeline {
  public var root: URL
  /// The compiler and MLMath build; located on first use when `nil`.
  public var toolchain: Toolchain?

  public init(root: URL, toolchain: Toolchain? = nil) {
    self.root = root
    self.toolchain = toolchain
  }

  /// A problem with the machine rather than with the course (no compiler, no MLMath build).
  public struct EnvironmentError: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
      self.description = description
    }
  }

  /// Where the execution and render caches, the build manifest and the lock live.
  public var cacheDirectory: URL {
    if let custom = ProcessInfo.processInfo.environment["MLBOOK_CACHE_DIR"] { return URL(fileURLWithPath: custom) }
    return root.appendingPathComponent(".mlbook-cache", isDirectory: true)
  }

  // MARK: Commands

  /// Builds the site into `out`; with `verify`, writes nothing and returns the
  /// files of `out` that differ from a fresh build.
  @discardableResult
  public func build(out: URL, verify: Bool = false, options: BuildOptions = BuildOptions()) throws -> [String] {
    let start = ContinuousClock.now
    let lock = try courseLock()
    defer { withExtendedLifetime(lock) {} }
    let manifest = BuildManifest(store: CacheStore(root: cacheDirectory, kind: "manifest"), out: out)
    let inputs =
      verify || !options.recordsCache ? nil : manifest.inputDigest(root: root, editions: options.editions)
    // Nothing changed: the last build's warnings still hold, so they are said again.
    if options.useCache, let inputs, manifest.isCurrent(inputs: inputs),
      let warnings = recordedWarnings(out: out, inputs: inputs)
    {
      options.diagnostics.warn(warnings)
      try failIfStrict(options)
      var summary = BuildSummary()
      summary.upToDate = true
      summary.totalSeconds = start.duration(to: .now).seconds
      options.progress.finished(summary: summary)
      return []
    }
    options.progress.phase("loading lessons")
    let course = try Course.load(root: root)
    warnAboutEach(course.lessons, options)
    // Each lesson is rendered by the worker that ran it, as soon as it is done.
    let preparer = LessonPreparer(course: course, math: Self.math(course.config), renderCache: renderCache(options))
    let prepared = LockedSlots<LessonPreparer.PreparedLesson>(count: course.lessons.count)
    let (executed, timings, problems) = try execute(course, options: options) { index, item in
      prepared[index] = preparer.prepare(course.lessons[index], item)
    }
    return try writeSite(
      course: course, executed: executed, timings: timings, problems: problems, out: out, verify: verify,
      options: options, start: start, manifest: (manifest, inputs), prepared: (preparer, prepared.values))
  }

  /// Renders the executed lessons and writes (or with `verify`, compares) the site.
  private func writeSite(
    course: Course, executed: [SiteBuilder.ExecutedLesson?], timings: [BuildSummary.LessonTiming],
    problems: [Diagnostic], out: URL, verify: Bool, options: BuildOptions, start: ContinuousClock.Instant,
    manifest: (BuildManifest, String?)?, prepared: (LessonPreparer, [LessonPreparer.PreparedLesson?])? = nil
  ) throws -> [String] {
    // The page shows what the code prints; a recorded output that says otherwise is stale.
    for item in executed.compactMap({ $0 }) {
      for mismatch in OutputCheck.mismatches(blocks: item.blocks, run: item.run, tolerance: course.config.tolerance) {
        let block = mismatch.block
        let what =
          block.recorded == nil
          ? "its output is not recorded; run `mlbook check --update` to add an `output` fence"
          : "the recorded output (line \(block.recorded!.position.line)) is stale; run `mlbook check --update`"
        options.diagnostics.warn(
          Diagnostic(
            path: item.lesson.displayPath, line: block.line, column: block.code.position.column, severity: .warning,
            message: "swift-run block \(block.index + 1): \(what)"))
      }
    }
    options.progress.phase("rendering")
    let templates = try Templates.load(courseRoot: root)
    var builder = SiteBuilder(
      course: course, templates: templates, math: Self.math(course.config), renderCache: renderCache(options))
    builder.preparer = prepared?.0
    builder.editions = course.config.editions.union(options.editions)
    builder.editionCache =
      options.recordsCache ? CacheStore(root: cacheDirectory, kind: "editions", reads: options.useCache) : nil
    if !options.printsEditions { builder.staleEditions = out }
    if !builder.editions.isEmpty { options.progress.phase("rendering and printing the editions") }
    let files: SiteWriter.Files
    do {
      files = try builder.files(for: executed, failures: problems, prepared: prepared?.1 ?? [])
    } catch {
      throw DiagnosticError(Self.inCourseOrder(problems + error.diagnostics, course))
    }
    if problems.isEmpty { try failIfStrict(options) }
    var summary = BuildSummary(lessons: timings)
    summary.totalSeconds = start.duration(to: .now).seconds
    if verify {
      if !problems.isEmpty { throw DiagnosticError(problems) }
      options.progress.finished(summary: summary)
      return SiteWriter.differences(files, in: out)
    }
    options.progress.phase("writing \(DisplayPath.of(out))")
    do {
      try SiteWriter.write(files, to: out)
    } catch {
      throw EnvironmentError(
        description: "cannot write the site to \(DisplayPath.of(out)): \(ErrorText.describe(error))")
    }
    // A site with stale PDFs is not the build of its inputs: the next `build` must print them.
    let complete = options.printsEditions || builder.editions.isEmpty
    if problems.isEmpty, complete, let (manifest, digest) = manifest, let inputs = digest {
      manifest.record(inputs: inputs, files: files)
      recordWarnings(options.diagnostics.warnings, out: out, inputs: inputs)
    }
    summary.totalSeconds = start.duration(to: .now).seconds
    options.progress.finished(summary: summary)
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return []
  }

  /// The result of `check`.
  public struct CheckReport: Sendable {
    /// Lessons whose `output` fences were rewritten (with `update`).
    public var updated: [String] = []
    public var blocksChecked = 0
    public var lessonsChecked = 0
    /// The lessons this check covered (`lessons/NN-slug.md`): all, or this shard's.
    public var lessons: [String] = []
    /// How `--shard` split the course (`nil` without it).
    public var shardBasis: Shard.Basis?
    /// Python twins per lesson checked.
    public var twinCoverage: [TwinCoverage] = []
  }

  /// Runs every block and compares its output with the recorded one; with
  /// `update`, rewrites the fences that differ instead of failing. Math and
  /// links are checked by rendering, as the build would.
  public func check(update: Bool = false, options: BuildOptions = BuildOptions()) throws -> CheckReport {
    let lock = try courseLock()
    defer { withExtendedLifetime(lock) {} }
    let course = try Course.load(root: root)
    let outcome = try executeLessons(course, options: options)
    let executed = outcome.executed
    let runProblems = outcome.problems
    // With --shard, the other lessons are other machines' to check.
    let mine = course.lessons.indices.filter { outcome.selected[$0] }.map { course.lessons[$0] }
    let others = Set(course.lessons.indices.filter { !outcome.selected[$0] }.map { course.lessons[$0].displayPath })
    warnAboutEach(mine, options)
    if let ledger = options.checkedBlocks {
      for lesson in mine {
        let blocks = (try? lesson.executableBlocks()) ?? []
        ledger.record(blocks.map { CheckedBlock(block: $0, path: lesson.displayPath) })
      }
    }
    var report = CheckReport()
    report.lessons = mine.map(course.relativePath)
    report.shardBasis = outcome.shardBasis
    var problems = runProblems
    for item in executed.compactMap({ $0 }) {
      report.lessonsChecked += 1
      report.blocksChecked += item.blocks.count
      let mismatches = OutputCheck.mismatches(blocks: item.blocks, run: item.run, tolerance: course.config.tolerance)
      guard !mismatches.isEmpty else { continue }
      if update {
        let rewritten = OutputFences.rewrite(item.lesson.original, updates: mismatches.map { ($0.block, $0.actual) })
        do {
          try Data(rewritten.utf8).write(to: item.lesson.url, options: .atomic)
        } catch {
          throw EnvironmentError(description: "cannot write \(item.lesson.displayPath): \(ErrorText.reason(error))")
        }
        report.updated.append(item.lesson.displayPath)
      } else {
        problems += OutputCheck.diagnostics(mismatches, lesson: item.lesson)
      }
    }
    // Python twins: each prints what its Swift block prints.
    let twins = checkTwins(course, executed: executed, selected: outcome.selected, options: options)
    problems += twins.problems
    report.twinCoverage = twins.coverage
    let templates = try Templates.load(courseRoot: root)
    do {
      // The build's page cache: a page it rendered without problems renders the same here.
      _ = try SiteBuilder(
        course: course, templates: templates, math: Self.math(course.config), renderCache: renderCache(options)
      )
      .files(for: Self.withAnchorsOnly(executed, outcome.selected, course), failures: runProblems)
    } catch {
      problems += error.diagnostics.filter { !others.contains($0.path) }
    }
    if !problems.isEmpty { throw DiagnosticError(Self.inCourseOrder(problems, course)) }
    try failIfStrict(options)
    return report
  }

  public enum Format: String, Sendable, CaseIterable {
    case html, text
  }

  /// Renders one Markdown file (a lesson, or any Markdown with or without front
  /// matter), executing its blocks: an HTML fragment or the text chapter.
  public func render(file: URL, format: Format) throws -> String {
    var result = ""
    try render(file: file, format: format) { result = $0 }
    return result
  }

  /// Renders one Markdown file and hands the result to `deliver` while the
  /// parsed document is still alive. A command-line caller can write it and
  /// exit at once, leaving the freeing of a large document tree (a sizeable
  /// share of rendering a 10 MB file) to the operating system.
  public func render(file: URL, format: Format, deliver: (String) -> Void) throws {
    let lesson = try Lesson.load(url: file, displayPath: DisplayPath.of(file), requireFrontMatter: false)
    let config = try CourseConfig.load(
      root: root, displayPath: DisplayPath.of(root.appendingPathComponent("mlbook.yml")))
    let course = Course(root: root, config: config, lessons: [lesson])
    var options = BuildOptions()
    options.useCache = false
    options.recordsCache = false
    let (executed, _, problems) = try execute(course, options: options)
    if !problems.isEmpty { throw DiagnosticError(problems) }
    let item = executed[0]!
    // Labels in the other lessons of the course are there to refer to.
    var lessons = [lesson]
    if let whole = try? Course.load(root: root),
      whole.lessons.contains(where: { $0.url.standardizedFileURL == lesson.url.standardizedFileURL })
    {
      lessons = whole.lessons.map { $0.url.standardizedFileURL == lesson.url.standardizedFileURL ? lesson : $0 }
    }
    let pages = Dictionary(lessons.map { ($0.slug + ".md", $0.pageName) }, uniquingKeysWith: { a, _ in a })
    let crossReferences = CrossReferences(lessons: lessons, theorems: config.theoremNumbering, math: Self.math(config))
    let bibliography = try config.bibliography.map { path throws(DiagnosticError) in
      try Course.loadBibliography(path, root: root).0
    }
    if !crossReferences.problems.isEmpty { throw DiagnosticError(crossReferences.problems) }
    let context = RenderContext(
      lesson: lesson, blocks: item.blocks, run: item.run, math: Self.math(config), pages: pages,
      crossReferences: crossReferences, strings: config.strings,
      citations: bibliography.map { CitationFormatter(style: config.citationStyle, bibliography: $0) })
    switch format {
    case .html:
      let renderer = HTMLRenderer(context: context)
      let html = renderer.render(lesson.document)
      if !renderer.context.diagnostics.isEmpty { throw DiagnosticError(renderer.context.diagnostics) }
      withExtendedLifetime(lesson) { deliver(html) }
    case .text:
      let renderer = TextRenderer(context: context)
      let math = Self.math(config)
      let title = [lesson.frontMatter.title, lesson.frontMatter.subtitle].filter { !$0.isEmpty }
        .map { ReadableText.of(frontMatter: $0, math: math) }.joined(separator: " — ")
      let text = renderer.render(lesson.document, title: title)
      if !renderer.context.diagnostics.isEmpty { throw DiagnosticError(renderer.context.diagnostics) }
      withExtendedLifetime(lesson) { deliver(text) }
    }
  }

  // MARK: Steps

  /// The lessons' own warnings (found on all cores), in course order.
  private func warnAboutEach(_ lessons: [Lesson], _ options: BuildOptions) {
    let warnings = LockedSlots<[Diagnostic]>(count: lessons.count)
    DispatchQueue.concurrentPerform(iterations: lessons.count) { warnings[$0] = LessonWarnings.of(lessons[$0]) }
    for found in warnings.values { options.diagnostics.warn(found!) }
  }

  /// The rendered pages by content key, when this command records the cache.
  private func renderCache(_ options: BuildOptions) -> CacheStore? {
    options.recordsCache ? CacheStore(root: cacheDirectory, kind: "pages", reads: options.useCache) : nil
  }

  /// One build or check at a time; a cache folder that cannot be made is said in words.
  private func courseLock() throws -> CourseLock {
    do {
      return try CourseLock(cacheDirectory: cacheDirectory)
    } catch let busy as CourseLock.Busy {
      throw busy
    } catch {
      throw EnvironmentError(
        description: "cannot create the cache folder \(DisplayPath.of(cacheDirectory)): \(ErrorText.reason(error))")
    }
  }

  /// With `--strict`, the warnings so far fail the command, as errors.
  func failIfStrict(_ options: BuildOptions) throws(DiagnosticError) {
    let warnings = options.diagnostics.warnings
    if options.strict && !warnings.isEmpty { throw DiagnosticError(warnings.map(\.asError)) }
  }

  /// The warnings of the build that wrote `out` from `inputs` (kept next to the build manifest).
  private func recordedWarnings(out: URL, inputs: String) -> [Diagnostic]? {
    CacheStore(root: cacheDirectory, kind: "manifest").loadJSON(
      [Diagnostic].self, warningsKey(out: out, inputs: inputs))
  }

  private func recordWarnings(_ warnings: [Diagnostic], out: URL, inputs: String) {
    CacheStore(root: cacheDirectory, kind: "manifest").storeJSON(warningsKey(out: out, inputs: inputs), warnings)
  }

  private func warningsKey(out: URL, inputs: String) -> String {
    var hash = ContentHash("mlbook-warnings-v1")
    hash.add(out.standardizedFileURL.path)
    hash.add(inputs)
    return hash.hex
  }

  /// Runs the blocks of every lesson (cached, in parallel). Without
  /// `keepGoing`, a failure is thrown; with it, failed lessons are `nil` and
  /// their problems are returned.
  func execute(
    _ course: Course, options: BuildOptions,
    lessonReady: (@Sendable (Int, SiteBuilder.ExecutedLesson) -> Void)? = nil
  ) throws -> (
    [SiteBuilder.ExecutedLesson?], [BuildSummary.LessonTiming], [Diagnostic]
  ) {
    let outcome = try executeLessons(course, options: options, lessonReady: lessonReady)
    return (outcome.executed, outcome.timings, outcome.problems)
  }

  /// `execute`, with what sharding needs to know as well (problems in course order).
  func executeLessons(
    _ course: Course, options: BuildOptions,
    lessonReady: (@Sendable (Int, SiteBuilder.ExecutedLesson) -> Void)? = nil
  ) throws -> LessonExecutor.Outcome {
    options.progress.phase("running lessons")
    var executor = executor(course, options: options)
    executor.lessonReady = lessonReady
    var outcome = try executor.run()
    // Lessons run in parallel and fail in any order: report them in course order.
    outcome.problems = Self.inCourseOrder(outcome.problems, course)
    if !outcome.problems.isEmpty && !options.keepGoing { throw DiagnosticError(outcome.problems) }
    return outcome
  }

  func executor(_ course: Course, options: BuildOptions) -> LessonExecutor {
    let explicit = toolchain
    var executor = LessonExecutor(
      course: course, options: options,
      cache: options.recordsCache ? CacheStore(root: cacheDirectory, kind: "runs", reads: options.useCache) : nil,
      toolchain: { try explicit ?? Toolchain.locate() })
    executor.timings = options.recordsCache ? CacheStore(root: cacheDirectory, kind: "timings") : nil
    return executor
  }

  /// Other shards' lessons rendered without their outputs: their headings (the
  /// anchors links point at) are there, their problems are the other shards' to report.
  static func withAnchorsOnly(
    _ executed: [SiteBuilder.ExecutedLesson?], _ selected: [Bool], _ course: Course
  ) -> [SiteBuilder.ExecutedLesson?] {
    executed.indices.map { index in
      selected[index]
        ? executed[index]
        : SiteBuilder.ExecutedLesson(lesson: course.lessons[index], blocks: [], run: LessonRun(outputs: []))
    }
  }

  // MARK: Shards

  /// Runs this machine's part of the course (`build --shard I/N`) and writes
  /// its outputs to `out/mlbook-shard.json` for ``build(out:fromShards:options:)``.
  /// Fails, like `build`, when one of its lessons fails or does not render.
  @discardableResult
  public func buildShard(_ shard: Shard, out: URL, options: BuildOptions = BuildOptions()) throws -> ShardBundle {
    let lock = try courseLock()
    defer { withExtendedLifetime(lock) {} }
    var options = options
    options.shard = shard
    options.progress.phase("loading lessons")
    let course = try Course.load(root: root)
    let executor = executor(course, options: options)
    options.progress.phase("running lessons (shard \(shard))")
    var outcome = try executor.run()
    outcome.problems = Self.inCourseOrder(outcome.problems, course)
    if !outcome.problems.isEmpty { throw DiagnosticError(outcome.problems) }
    for (index, lesson) in course.lessons.enumerated() where outcome.selected[index] {
      options.diagnostics.warn(LessonWarnings.of(lesson))
    }
    let others = Set(course.lessons.indices.filter { !outcome.selected[$0] }.map { course.lessons[$0].displayPath })
    let templates = try Templates.load(courseRoot: root)
    do {
      _ = try SiteBuilder(course: course, templates: templates, math: Self.math(course.config), renderCache: nil)
        .files(for: Self.withAnchorsOnly(outcome.executed, outcome.selected, course))
    } catch {
      let mine = error.diagnostics.filter { !others.contains($0.path) }
      if !mine.isEmpty { throw DiagnosticError(Self.inCourseOrder(mine, course)) }
    }
    try failIfStrict(options)
    var entries: [ShardBundle.Entry] = []
    for (index, item) in outcome.executed.enumerated() where outcome.selected[index] {
      guard let item, !item.blocks.isEmpty else { continue }
      entries.append(
        ShardBundle.Entry(
          path: course.relativePath(item.lesson), contentKey: executor.contentKey(item.lesson, item.blocks),
          run: item.run))
    }
    let bundle = ShardBundle(
      shard: shard.description, count: shard.count, toolchainKey: outcome.toolchainKey, lessons: entries)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
      try encoder.encode(bundle).write(to: out.appendingPathComponent(ShardBundle.fileName), options: .atomic)
    } catch {
      throw EnvironmentError(
        description: "cannot write the shard to \(DisplayPath.of(out)): \(ErrorText.reason(error))")
    }
    return bundle
  }

  /// Writes the site from the outputs of `build --shard` runs, running nothing:
  /// byte for byte what `build` writes on one machine. Every lesson with code
  /// must be in exactly one shard, run from the lesson as it is now, and all
  /// shards must have run with the same toolchain.
  public func build(out: URL, fromShards folders: [URL], options: BuildOptions = BuildOptions()) throws {
    let start = ContinuousClock.now
    let lock = try courseLock()
    defer { withExtendedLifetime(lock) {} }
    options.progress.phase("loading lessons")
    let course = try Course.load(root: root)
    warnAboutEach(course.lessons, options)
    var bundles: [(folder: URL, bundle: ShardBundle)] = []
    for folder in folders {
      let file =
        folder.hasDirectoryPath || !folder.path.hasSuffix(".json")
        ? folder.appendingPathComponent(ShardBundle.fileName) : folder
      do {
        bundles.append((folder, try JSONDecoder().decode(ShardBundle.self, from: Data(contentsOf: file))))
      } catch {
        throw EnvironmentError(
          description: "\(DisplayPath.of(file)) is not the output of `mlbook build --shard`: \(ErrorText.reason(error))"
        )
      }
    }
    let toolchains = Set(bundles.map(\.bundle.toolchainKey).filter { !$0.isEmpty })
    if toolchains.count > 1 {
      throw EnvironmentError(
        description: "the shards ran with different compilers or MLMath builds; run them all with the same mlbook")
    }
    var found: [String: (entry: ShardBundle.Entry, shard: String)] = [:]
    for (_, bundle) in bundles {
      for entry in bundle.lessons {
        if let earlier = found[entry.path] {
          throw EnvironmentError(
            description: "\(entry.path) is in shard \(earlier.shard) and in shard \(bundle.shard): give each shard once"
          )
        }
        found[entry.path] = (entry, bundle.shard)
      }
    }
    let executor = executor(course, options: options)
    var executed: [SiteBuilder.ExecutedLesson?] = []
    var problems: [Diagnostic] = []
    for lesson in course.lessons {
      let blocks: [ExecutableBlock]
      do {
        blocks = try lesson.executableBlocks()
      } catch {
        problems += error.diagnostics
        executed.append(nil)
        continue
      }
      let path = course.relativePath(lesson)
      guard !blocks.isEmpty else {
        executed.append(SiteBuilder.ExecutedLesson(lesson: lesson, blocks: [], run: LessonRun(outputs: [])))
        continue
      }
      guard let (entry, shard) = found.removeValue(forKey: path) else {
        let have = bundles.map(\.bundle.shard).sorted().joined(separator: ", ")
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: 1,
            message: "this lesson is in none of the shards given (\(have.isEmpty ? "none" : have)); is one missing?"))
        executed.append(nil)
        continue
      }
      guard entry.contentKey == executor.contentKey(lesson, blocks), entry.run.outputs.count == blocks.count else {
        problems.append(
          Diagnostic(
            path: lesson.displayPath, line: blocks[0].line,
            message: "the lesson's code changed after shard \(shard) ran it; run the shards again"))
        executed.append(nil)
        continue
      }
      options.diagnostics.warn(entry.run.warningDiagnostics(lesson: lesson, blocks: blocks))
      executed.append(SiteBuilder.ExecutedLesson(lesson: lesson, blocks: blocks, run: entry.run))
    }
    if let stray = found.keys.sorted().first {
      throw EnvironmentError(
        description: "shard \(found[stray]!.shard) has \(stray), which is not a lesson of this course")
    }
    if !problems.isEmpty { throw DiagnosticError(Self.inCourseOrder(problems, course)) }
    _ = try writeSite(
      course: course, executed: executed, timings: [], problems: [], out: out, verify: false, options: options,
      start: start, manifest: nil)
  }

  /// `diagnostics` by lesson in course order (other files first), each once;
  /// a lesson's own problems keep the order they were found in.
  static func inCourseOrder(_ diagnostics: [Diagnostic], _ course: Course) -> [Diagnostic] {
    let position = Dictionary(course.lessons.enumerated().map { ($1.displayPath, $0) }, uniquingKeysWith: min)
    return Diagnostic.unique(
      diagnostics.enumerated().sorted {
        (position[$0.element.path] ?? -1, $0.offset) < (position[$1.element.path] ?? -1, $1.offset)
      }.map(\.element))
  }

  /// Formulas through the TeX converter: MathML for pages, Unicode for text.
  /// The course's macros must be valid (checked when the course loads).
  static func math(_ config: CourseConfig) -> MathRendering {
    let renderer = (try? TeXRenderer(macros: config.macros)) ?? (try! TeXRenderer())
    @Sendable func failure(_ error: TeXError, _ math: Math) -> MathRendering.Failure {
      // `annotated` opens with the message, which the diagnostic's own line already says.
      let annotated = error.annotated(source: math.tex)
      let shown =
        annotated.hasPrefix(error.message + "\n") ? String(annotated.dropFirst(error.message.count + 1)) : annotated
      return MathRendering.Failure(
        message: "invalid math: \(error.message)", offset: error.utf8Offset, annotated: shown)
    }
    return MathRendering(
      html: { math throws(MathRendering.Failure) in
        let result = Result { () throws(TeXError) in try renderer.mathML(math.tex, display: math.isDisplay) }
        let mathML = try result.mapError { failure($0, math) }.get()
        // The formula as text too, for everything that reads the page as text (search, reader modes).
        guard mathML.hasPrefix("<math"), let text = try? renderer.text(math.tex, display: false) else { return mathML }
        return "<math alttext=\"\(HTMLEscape.attribute(text))\"" + mathML.dropFirst("<math".count)
      },
      text: { math throws(MathRendering.Failure) in
        let result = Result { () throws(TeXError) in try renderer.text(math.tex, display: math.isDisplay) }
        return try result.mapError { failure($0, math) }.get()
      })
  }
}
