import ArgumentParser
import Foundation
import MLBook

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run every block and compare its output with the recorded `output` fence.")

  @OptionGroup var course: CourseOptions
  @OptionGroup var flags: RunFlags

  @Flag(help: "Rewrite the `output` fences that differ (and add missing ones), changing nothing else.")
  var update = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write the results for CI: `junit=FILE` (JUnit XML, a test case per block), `github` (GitHub Actions annotations on stdout), `json` or `json=FILE`. Repeatable.",
      valueName: "FORMAT"))
  var report: [ReportRequest] = []

  @Option(
    help: ArgumentHelp(
      "Check only part I of N of the lessons (1 ≤ I ≤ N), for a CI matrix; together the N parts check everything.",
      valueName: "I/N"))
  var shard: Shard?

  func run() throws {
    Diagnostics.use(course.color)
    var options = flags.options
    options.shard = shard
    let ledger = CheckedBlocks()
    if !report.isEmpty { options.checkedBlocks = ledger }
    let sink = options.diagnostics
    try runReportingErrors(warnings: sink) {
      do {
        let result = try Pipeline(root: course.rootURL).check(update: update, options: options)
        try writeReports(CheckResults(blocks: ledger.all, errors: [], warnings: sink.warnings))
        // -q: problems only.
        guard !flags.quiet else { return }
        for path in result.updated { print("updated outputs in \(path)") }
        if let shard, let basis = result.shardBasis {
          print("shard \(shard) (by \(basis.rawValue)): \(result.lessons.joined(separator: ", "))")
        }
        print("checked \(result.blocksChecked) blocks in \(result.lessonsChecked) lessons")
        // Python twins, per lesson, once a course has any.
        if result.twinCoverage.contains(where: { $0.twins > 0 }) {
          for lesson in result.twinCoverage where lesson.blocks > 0 {
            print("python twins: \(lesson.path): \(lesson.twins) of \(lesson.blocks) blocks")
          }
        }
      } catch let error as DiagnosticError {
        let errors = error.diagnostics
        // Under --strict the warnings come back as the errors; say each once.
        let warnings = sink.warnings.filter { w in !errors.contains(w.asError) }
        try writeReports(CheckResults(blocks: ledger.all, errors: errors, warnings: warnings))
        throw error
      }
    }
  }

  private func writeReports(_ results: CheckResults) throws {
    for request in report {
      let text: String
      switch request.format {
      case .junit: text = results.junit()
      case .github: text = results.github()
      case .json: text = results.json()
      }
      if let path = request.file {
        do {
          try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          throw Pipeline.EnvironmentError(description: "cannot write the report \(path): \(ErrorText.reason(error))")
        }
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
  }
}

/// `--report junit=FILE`, `--report github`, `--report json[=FILE]`.
struct ReportRequest: ExpressibleByArgument {
  enum Format: String { case junit, github, json }
  var format: Format
  var file: String?

  init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard let format = parts.first.flatMap(Format.init(rawValue:)) else { return nil }
    self.format = format
    file = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
    if format == .junit && file == nil { return nil }
    if format == .github && file != nil { return nil }
  }

  static var defaultCompletionKind: CompletionKind { .list(["junit=", "github", "json"]) }
}

extension Shard: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}
