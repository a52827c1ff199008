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

  func run() throws {
    Diagnostics.use(course.color)
    let root = course.rootURL
    let outURL =
      out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
      ?? root.appendingPathComponent("site", isDirectory: true)
    let options = flags.options
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
