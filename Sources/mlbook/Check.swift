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
    try runReportingErrors {
      let report = try Pipeline(root: course.rootURL).check(update: update, options: flags.options)
      for path in report.updated { print("updated outputs in \(path)") }
      if !flags.quiet { print("checked \(report.blocksChecked) blocks in \(report.lessonsChecked) lessons") }
    }
  }
}
