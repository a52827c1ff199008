import Foundation
import XCTest

@testable import MLBook

/// YAML mistakes authors make, in front matter and in `mlbook.yml`: each says
/// what is wrong and how to fix it, at the line and column where it is.
final class YAMLDiagnosticsTests: XCTestCase {
  /// The diagnostic for front matter holding `yaml` (the file's line 2 is the YAML's first line).
  private func frontMatterError(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
      _ = try FrontMatterParser.parse("---\n\(yaml)\n---\n## Body\n", path: "l.md")
      XCTFail("no error for:\n\(yaml)", file: file, line: line)
      return ""
    } catch {
      XCTAssertEqual(error.diagnostics.count, 1, file: file, line: line)
      let text = error.description
      XCTAssertFalse(text.contains("while scanning"), text, file: file, line: line)
      XCTAssertFalse(text.contains("YamlError"), text, file: file, line: line)
      return text
    }
  }

  private func configError(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("mlbook-yaml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(yaml.utf8).write(to: root.appendingPathComponent("mlbook.yml"))
    do {
      _ = try CourseConfig.load(root: root, displayPath: "mlbook.yml")
      XCTFail("no error for:\n\(yaml)", file: file, line: line)
      return ""
    } catch {
      return error.description
    }
  }

  private func assertPrefix(
    _ text: String, _ prefix: String, contains more: String = "", file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertTrue(text.hasPrefix(prefix), "got:\n\(text)\nwanted:\n\(prefix)", file: file, line: line)
    XCTAssertTrue(
      more.isEmpty || text.contains(more), "got:\n\(text)\nwanted it to contain:\n\(more)", file: file, line: line)
  }

  // MARK: Front matter

  func testColonInAnUnquotedTitleSuggestsQuoting() {
    let text = frontMatterError("title: Bayes: the rule\nsubtitle: s\npart: 1")
    assertPrefix(
      text, "l.md:2:13: error: the value of `title` contains `: `",
      contains: "put the value in quotes: `title: \"Bayes: the rule\"`")
  }

  func testColonInOtherKeysAndPositions() {
    assertPrefix(
      frontMatterError("title: T\nsubtitle: Loss: the sequel\npart: 1"), "l.md:3:15: error: the value of `subtitle`",
      contains: "`subtitle: \"Loss: the sequel\"`")
    // Columns count bytes, as every other diagnostic does: `é` is two.
    assertPrefix(
      frontMatterError("title: Théorème: Bayes\nsubtitle: s\npart: 1"), "l.md:2:18: error:",
      contains: "`title: \"Théorème: Bayes\"`")
    // A quote or backslash in the value is kept valid in the suggestion; a comment stays a comment.
    assertPrefix(
      frontMatterError("title: Say \"hi\": now\nsubtitle: s\npart: 1"), "l.md:2:16: error:",
      contains: "`title: 'Say \"hi\": now'`")
    assertPrefix(
      frontMatterError("title: a\\b: c # note\nsubtitle: s\npart: 1"), "l.md:2:11: error:",
      contains: "`title: \"a\\\\b: c\" # note`")
  }

  func testTabIndentation() {
    assertPrefix(
      frontMatterError("title: T\nsubtitle: s\n\tpart: 1"),
      "l.md:4:1: error: a tab indents this line; YAML indentation must be spaces")
    assertPrefix(
      frontMatterError("title: T\ndata:\n  \t- a.csv\nsubtitle: s\npart: 1"), "l.md:4:3: error: a tab indents this line"
    )
  }

  func testUnclosedQuote() {
    assertPrefix(
      frontMatterError("title: \"Bayes' rule\nsubtitle: s\npart: 1"),
      "l.md:2:8: error: the quote \" opened here is never closed")
    assertPrefix(
      frontMatterError("title: T\nsubtitle: 'Loss\npart: 1"),
      "l.md:3:11: error: the quote ' opened here is never closed")
  }

  func testUnclosedBracket() {
    assertPrefix(
      frontMatterError("title: [unclosed\nsubtitle: x\npart: 2"),
      "l.md:2:8: error: the `[` opened here starts a YAML list that is never closed",
      contains: "`title: \"[unclosed\"`")
  }

  func testAListWhereAStringIsExpected() {
    assertPrefix(
      frontMatterError("title:\n  - Bayes\n  - rule\nsubtitle: s\npart: 1"),
      "l.md:3:3: error: `title` must be a non-empty string, not a list")
    assertPrefix(
      frontMatterError("title: [a, b]\nsubtitle: s\npart: 1"),
      "l.md:2:8: error: `title` must be a non-empty string, not a list")
    assertPrefix(
      frontMatterError("title:\n  Bayes: the rule\nsubtitle: s\npart: 1"),
      "l.md:3:3: error: `title` must be a non-empty string, not a mapping", contains: "goes in quotes")
    assertPrefix(
      frontMatterError("title: - Bayes\nsubtitle: s\npart: 1"),
      "l.md:2:8: error: a value starting with `- ` reads as a list item", contains: "`title: \"- Bayes\"`")
  }

  func testDuplicateKeyIsReportedAtTheRepeat() {
    assertPrefix(
      frontMatterError("title: T\nsubtitle: s\npart: 1\ntitle: U"),
      "l.md:5:1: error: `title` is set twice (first on line 2)")
  }

  func testOtherMistakes() {
    assertPrefix(
      frontMatterError("title: T\n  subtitle: s\npart: 1"),
      "l.md:3:3: error: `subtitle:` is indented, so YAML reads it as part of the value above")
    assertPrefix(
      frontMatterError("title: T\nsubtitle s\npart: 1"), "l.md:3:1: error: this line is not `key: value`")
    assertPrefix(
      frontMatterError("title: \"Bayes\" rule\nsubtitle: s\npart: 1"), "l.md:2:8: error:",
      contains: "`title: '\"Bayes\" rule'`")
    assertPrefix(
      frontMatterError("title: [Draft] Bayes\nsubtitle: s\npart: 1"), "l.md:2:8: error:",
      contains: "`title: \"[Draft] Bayes\"`")
    assertPrefix(
      frontMatterError("title: @home\nsubtitle: s\npart: 1"), "l.md:2:8: error:", contains: "`title: \"@home\"`")
  }

  func testQuotedTitlesWithColonsAreFine() throws {
    let split = try FrontMatterParser.parse(
      "---\ntitle: \"Bayes: the rule\"\nsubtitle: 'Loss: again'\npart: 1\n---\n", path: "l.md")
    XCTAssertEqual(split.frontMatter.title, "Bayes: the rule")
    XCTAssertEqual(split.frontMatter.subtitle, "Loss: again")
  }

  func testColonInALessonThroughTheCommand() throws {
    let course = try TestCourse(lessons: ["01-a.md": "---\ntitle: Bayes: the rule\nsubtitle: s\npart: 1\n---\n## A\n"])
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.hasPrefix(
        "lessons/01-a.md:2:13: error: the value of `title` contains `: `, which YAML reads as the start of another key; put the value in quotes: `title: \"Bayes: the rule\"`\n"
      ), result.stderr)
  }

  // MARK: mlbook.yml

  func testBadMacroIsReportedAtItsOwnLine() throws {
    let config = "title: Course\nmacros:\n  R: \\mathbb{R}\n  Q: \\frac{1}\n  E: \\mathbb{E}\n"
    assertPrefix(try configError(config), "mlbook.yml:4:6: error: invalid macro \\Q: missing argument for \\frac")
    assertPrefix(
      try configError("macros:\n  R: \\mathbb{R}\n  Bad: \\nosuchthing\n"),
      "mlbook.yml:3:8: error: invalid macro \\Bad: unknown command \\nosuchthing")
    assertPrefix(
      try configError("macros:\n  \"a b\": x\n"),
      "mlbook.yml:2:3: error: invalid macro \\a b: a macro name is letters only")
    assertPrefix(
      try configError("macros:\n  R:\n    - a\n"),
      "mlbook.yml:3:5: error: the body of macro `R` must be TeX text, not a list")
    // A macro that uses another one is not blamed for it.
    assertPrefix(
      try configError("macros:\n  A: \\B + 1\n  B: \\frac{1}\n"), "mlbook.yml:3:6: error: invalid macro \\B:")
  }

  func testEveryKeyErrorIsAtItsValue() throws {
    assertPrefix(
      try configError("title: C\ntimeout: -3\n"), "mlbook.yml:2:10: error: `timeout` must be a positive number")
    assertPrefix(
      try configError("title: C\noutput-limit: lots\n"),
      "mlbook.yml:2:15: error: `output-limit` must be a positive number")
    assertPrefix(try configError("title: [a]\n"), "mlbook.yml:1:8: error: `title` must be a string, not a list")
    assertPrefix(
      try configError("title: C\ndescription:\n  a: b\n"),
      "mlbook.yml:3:3: error: `description` must be a string, not a mapping")
    assertPrefix(
      try configError("macros: R\n"), "mlbook.yml:1:9: error: `macros` must map names to TeX")
    assertPrefix(
      try configError("title: C\n\ntitel: x\n"), "mlbook.yml:3:1: error: unknown setting `titel`; did you mean `title`?"
    )
    assertPrefix(try configError("- a\n- b\n"), "mlbook.yml:1:1: error: mlbook.yml must be a YAML mapping")
  }

  func testYAMLMistakesInMlbookYml() throws {
    assertPrefix(
      try configError("title: Course: the sequel\n"), "mlbook.yml:1:14: error: the value of `title` contains `: `",
      contains: "`title: \"Course: the sequel\"`")
    assertPrefix(
      try configError("title: C\ntitle: D\n"), "mlbook.yml:2:1: error: `title` is set twice (first on line 1)")
    assertPrefix(try configError("title: C\nmacros:\n\tR: x\n"), "mlbook.yml:3:1: error: a tab indents this line")
    assertPrefix(try configError("title: \"C\n"), "mlbook.yml:1:8: error: the quote \" opened here is never closed")
  }
}
