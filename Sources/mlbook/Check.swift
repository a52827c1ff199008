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

  func run() throws {
    let options = flags.options
    try runReportingErrors(warnings: options.diagnostics) {
      let report = try Pipeline(root: course.rootURL).check(update: update, options: options)
      // -q: problems only.
      guard !flags.quiet else { return }
      for path in report.updated { print("updated outputs in \(path)") }
      print("checked \(report.blocksChecked) blocks in \(report.lessonsChecked) lessons")
    }
  }
}
