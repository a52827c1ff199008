import ArgumentParser
import Foundation
import MLBook

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run every lesson and write the site (HTML pages, text chapters, index).")

  @OptionGroup var course: CourseOptions
  @OptionGroup var flags: RunFlags

  @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <root>/site).", valueName: "DIR"))
  var out: String?

  @Flag(help: "Write nothing; fail listing the files of the site that differ from a fresh build.")
  var verify = false

  @Flag(
    help:
      "Also print the course as a book, site/course.pdf, and each chapter as downloads/NN-slug.pdf (headless Chromium)."
  )
  var pdf = false

  @Flag(help: "Also write the course as an EPUB 3 e-book, site/course.epub.")
  var epub = false

  @Flag(
    name: .customLong("no-print"),
    help:
      "Keep the last PDFs instead of printing the changed ones (about a minute for a course); the next build prints them."
  )
  var noPrint = false

  @Option(
    help: ArgumentHelp(
      "Run only part I of N of the lessons and write their outputs (default: <root>/shards/I-of-N) for --from-shards.",
      valueName: "I/N"))
  var shard: Shard?

  @Option(
    name: .customLong("from-shards"), parsing: .upToNextOption,
    help: ArgumentHelp("Write the site from these `--shard` outputs, running nothing.", valueName: "DIR"))
  var fromShards: [String] = []

  func validate() throws {
    if shard != nil && !fromShards.isEmpty { throw ValidationError("--shard and --from-shards are two steps; use one") }
    if verify && noPrint {
      throw ValidationError("--verify compares a full build; it does not combine with --no-print")
    }
    if verify && (shard != nil || !fromShards.isEmpty) {
      throw ValidationError("--verify compares a full build; it does not combine with --shard or --from-shards")
    }
  }

  func run() throws {
    Diagnostics.use(course.color)
    let root = course.rootURL
    var options = flags.options
    if pdf { options.editions.insert(.pdf) }
    if epub { options.editions.insert(.epub) }
    if noPrint { options.printsEditions = false }
    if let shard {
      let folder =
        out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        ?? root.appendingPathComponent("shards/\(shard.index)-of-\(shard.count)", isDirectory: true)
      try runReportingErrors(warnings: options.diagnostics) {
        let bundle = try Pipeline(root: root).buildShard(shard, out: folder, options: options)
        if !flags.quiet {
          print("shard \(shard): \(bundle.lessons.count) lessons with code, outputs in \(DisplayPath.of(folder))")
        }
      }
      return
    }
    let outURL =
      out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
      ?? root.appendingPathComponent("site", isDirectory: true)
    if !fromShards.isEmpty {
      let folders = fromShards.map { URL(fileURLWithPath: $0).standardizedFileURL }
      try runReportingErrors(warnings: options.diagnostics) {
        try Pipeline(root: root).build(out: outURL, fromShards: folders, options: options)
      }
      return
    }
    try runReportingErrors(warnings: options.diagnostics) {
      let differences = try Pipeline(root: root).build(out: outURL, verify: verify, options: options)
      if verify {
        guard differences.isEmpty else {
          let site = DisplayPath.of(outURL)
          FileHandle.standardError.write(
            Data(
              ("\(site) is not what the lessons build to (run `mlbook build`); differing files:\n"
                + differences.map { "  \(site)/\($0)\n" }.joined()).utf8))
          throw ExitCode(1)
        }
        if !flags.quiet { print("\(DisplayPath.of(outURL)) is up to date") }
      }
    }
  }
}
