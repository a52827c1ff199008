import Foundation
import MLBook

/// The rebuild loop of `mlbook serve`: build the site, watch the course, rebuild
/// when it changes and tell the open pages (reload, or show the errors).
///
/// Builds run one at a time; changes that arrive during a build are gathered
/// into one more build. A failed build writes nothing (the site stays the last
/// good one) and its errors go to the pages' overlay and to `report`.
public final class PreviewSession: @unchecked Sendable {
  /// One finished build, for the terminal.
  public struct Outcome: Sendable {
    /// The files whose change started it (empty for the first build).
    public var changed: [String]
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
    /// A problem with the machine rather than the course (no compiler, cannot write the site).
    public var failure: String?
    /// Whether the site was already what the course builds to.
    public var upToDate: Bool
    public var seconds: Double
  }

  public let root: URL
  public let site: URL
  public let liveReload: LiveReload
  private let makeOptions: @Sendable () -> BuildOptions
  private let report: @Sendable (Outcome) -> Void
  private let queue = DispatchQueue(label: "mlbook serve: builds")
  private let lock = NSLock()
  private var pendingChanges: Set<String> = []
  private var scheduled = false
  private var watcher: FileWatcher?
  private var watchedFiles: [URL] = []

  /// - Parameters:
  ///   - makeOptions: fresh options for each build (they carry the build's warnings).
  ///   - report: called after each build, on the build queue.
  public init(
    root: URL, site: URL, liveReload: LiveReload,
    makeOptions: @escaping @Sendable () -> BuildOptions,
    report: @escaping @Sendable (Outcome) -> Void
  ) {
    self.root = root
    self.site = site
    self.liveReload = liveReload
    self.makeOptions = makeOptions
    self.report = report
  }

  /// Builds now (on the caller's thread) and returns what happened.
  @discardableResult
  public func build(changed: [String] = []) -> Outcome {
    let start = ContinuousClock.now
    var options = makeOptions()
    let upToDate = UpToDateProbe()
    options.progress = ForwardingProgress(inner: options.progress, probe: upToDate)
    var outcome = Outcome(changed: changed, errors: [], warnings: [], failure: nil, upToDate: false, seconds: 0)
    do {
      try Pipeline(root: root).build(out: site, options: options)
      outcome.upToDate = upToDate.value
    } catch let error as DiagnosticError {
      outcome.errors = error.diagnostics.filter { $0.severity == .error }
    } catch {
      outcome.failure = ErrorText.describe(error)
    }
    outcome.warnings = options.diagnostics.warnings
    let elapsed = start.duration(to: .now).components
    outcome.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    publish(outcome)
    report(outcome)
    return outcome
  }

  private func publish(_ outcome: Outcome) {
    let hub = liveReload
    let problems =
      outcome.errors.map(PreviewState.Problem.init)
      + (outcome.failure.map { [PreviewState.Problem(location: "mlbook", message: $0, snippet: "")] } ?? [])
    let done = DispatchSemaphore(value: 0)
    Task {
      if !problems.isEmpty {
        await hub.failed(problems)
      } else if outcome.upToDate {
        await hub.cleared()
      } else {
        await hub.built()
      }
      done.signal()
    }
    done.wait()
  }

  /// Starts watching `lessons/`, `templates/`, `mlbook.yml` and the lessons' declared data files.
  public func startWatching() throws {
    let files = [root.appendingPathComponent("mlbook.yml")] + declaredDataFiles()
    let watcher = try FileWatcher(
      trees: [root.appendingPathComponent("lessons"), root.appendingPathComponent("templates")], files: files)
    watcher.start { [weak self] paths in self?.changed(paths) }
    lock.withLock {
      self.watcher = watcher
      watchedFiles = files
    }
  }

  public func stopWatching() {
    lock.withLock {
      watcher?.stop()
      watcher = nil
    }
  }

  /// Files changed: one build for everything that changes until it starts.
  func changed(_ paths: [String]) {
    let schedule = lock.withLock {
      pendingChanges.formUnion(paths)
      if scheduled { return false }
      scheduled = true
      return true
    }
    guard schedule else { return }
    queue.async { [self] in
      let paths = lock.withLock {
        scheduled = false
        defer { pendingChanges.removeAll() }
        return pendingChanges.sorted()
      }
      // Editors' temporary files (`sedX1b2`, `4913`) are gone by now; a deleted lesson or data file is named.
      let shown = paths.filter {
        FileManager.default.fileExists(atPath: $0) || $0.split(separator: "/").last!.contains(".")
      }
      build(changed: shown.map { DisplayPath.of(URL(fileURLWithPath: $0)) })
      // A lesson may have declared another data file: watch it too.
      let files = [root.appendingPathComponent("mlbook.yml")] + declaredDataFiles()
      if files != lock.withLock({ watchedFiles }) {
        stopWatching()
        try? startWatching()
      }
    }
  }

  /// The `data:` files of the lessons that load (a lesson that does not parse declares none).
  func declaredDataFiles() -> [URL] {
    // The bibliography is watched even when it is what breaks the course.
    let configured = Course.configuredInputs(root: root).map(\.standardizedFileURL)
    guard let course = try? Course.load(root: root) else { return configured }
    let paths = Set(course.lessons.flatMap(\.frontMatter.data))
    return configured + paths.sorted().map { root.appendingPathComponent($0).standardizedFileURL }
  }
}

/// Learns from the build's progress whether the site was already up to date.
private final class UpToDateProbe: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  var value: Bool {
    get { lock.withLock { flag } }
    set { lock.withLock { flag = newValue } }
  }
}

private struct ForwardingProgress: ProgressReporter {
  let inner: any ProgressReporter
  let probe: UpToDateProbe

  func phase(_ name: String) { inner.phase(name) }
  func lessonStarted(_ lesson: Lesson, index: Int, total: Int, blocks: Int) {
    inner.lessonStarted(lesson, index: index, total: total, blocks: blocks)
  }
  func lessonFinished(_ lesson: Lesson, seconds: Double, cached: Bool, failed: Bool) {
    inner.lessonFinished(lesson, seconds: seconds, cached: cached, failed: failed)
  }
  func finished(summary: BuildSummary) {
    probe.value = summary.upToDate
    inner.finished(summary: summary)
  }
}
