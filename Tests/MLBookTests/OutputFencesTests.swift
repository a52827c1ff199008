import Foundation
import Markdown
import XCTest

@testable import MLBook

/// `check --update` rewrites exactly the output fences and nothing else.
final class OutputFencesTests: XCTestCase {
  private func blocks(_ source: String) throws -> [ExecutableBlock] {
    let lesson = try Lesson.parse(
      source: TestCourse.lesson(body: source), url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "01-x.md")
    return try lesson.executableBlocks()
  }

  private func rewrite(_ body: String, _ outputs: [String]) throws -> String {
    let source = TestCourse.lesson(body: body)
    let found = try blocks(body)
    return String(
      OutputFences.rewrite(source, updates: Array(zip(found, outputs))).dropFirst(source.count - body.count))
  }

  func testReplacesAnExistingFenceKeepingEverythingElse() throws {
    let body = "Text.\n\n```swift-run\nprint(1)\n```\n\n```output\nold\nlines\n```\n\nMore text.\n"
    XCTAssertEqual(
      try rewrite(body, ["new\n"]), "Text.\n\n```swift-run\nprint(1)\n```\n\n```output\nnew\n```\n\nMore text.\n")
  }

  func testInsertsAFenceAfterABlockAtTheEndOfTheFile() throws {
    XCTAssertEqual(
      try rewrite("```swift-run\nprint(1)\n```\n", ["1\n"]), "```swift-run\nprint(1)\n```\n\n```output\n1\n```\n")
  }

  func testNestedQuotesKeepTheirPrefix() throws {
    let body = "> > ```swift-run\n> > print(1)\n> > ```\n"
    XCTAssertEqual(try rewrite(body, ["a\n\nb\n"]), body + "> >\n> > ```output\n> > a\n> >\n> > b\n> > ```\n")
  }

  func testOutputWithoutFinalNewlineAndWithFences() throws {
    XCTAssertEqual(OutputFences.fence("x\n```\ny", prefix: ""), ["````output", "x", "```", "y", "````"])
    XCTAssertEqual(OutputFences.normalized("x"), "x\n")
    XCTAssertEqual(OutputFences.normalized(""), "")
  }

  func testOutputFenceIsPairedOnlyWhenItFollowsDirectly() throws {
    XCTAssertThrowsError(try blocks("```swift-run\nprint(1)\n```\n\nProse between.\n\n```output\n1\n```\n")) { error in
      XCTAssertTrue("\(error)".contains("01-x.md:13:1: error: this `output` fence does not follow"), "\(error)")
    }
    let paired = try blocks("```swift-run\nprint(1)\n```\n```output\n1\n```\n")
    XCTAssertEqual(paired[0].recorded?.literal, "1\n")
  }

  func testRunOptions() throws {
    let found = try blocks("```swift-run hidden timeout=2.5\n```\n\n```swift-run isolated expect-trap\n```\n")
    XCTAssertTrue(found[0].options.hidden)
    XCTAssertEqual(found[0].options.timeout, 2.5)
    XCTAssertTrue(found[1].options.isolated && found[1].options.expectTrap)
    XCTAssertThrowsError(try blocks("```swift-run timeout=soon\n```\n")) { error in
      XCTAssertTrue(
        "\(error)".contains("01-x.md:7:14: error: `timeout=soon`: the timeout must be a positive number"), "\(error)")
    }
    XCTAssertThrowsError(try blocks("```swift-run hidden no-output\n```\n"))
  }
}

final class UnifiedDiffTests: XCTestCase {
  func testHunksWithContext() {
    let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    XCTAssertEqual(
      UnifiedDiff.make(old: old, new: new, oldName: "a", newName: "b"),
      "--- a\n+++ b\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n")
  }

  func testInsertionIntoEmpty() {
    XCTAssertEqual(
      UnifiedDiff.make(old: "", new: "x\n", oldName: "a", newName: "b"), "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
  }
}

final class TextLayoutTests: XCTestCase {
  private func text(_ body: String) throws -> String {
    let lesson = try Lesson.parse(
      source: TestCourse.lesson(body: body), url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "01-x.md")
    let context = RenderContext(
      lesson: lesson, blocks: [], run: LessonRun(outputs: []), math: Pipeline.math(CourseConfig(title: "")),
      pages: ["02-next.md": "02-next.html"])
    let renderer = TextRenderer(context: context)
    return renderer.render(lesson.document, title: "T")
  }

  func testWrapsAt80AndNumbersLinks() throws {
    let words = Array(repeating: "word", count: 40).joined(separator: " ")
    let out = try text("\(words) [next](02-next.md#x) and [site](https://example.com).\n")
    let lines = out.split(separator: "\n")
    XCTAssertTrue(lines.allSatisfy { $0.count <= 80 }, out)
    XCTAssertTrue(out.contains("next [1] and site [2]."), out)
    XCTAssertTrue(out.hasSuffix("Links\n-----\n\n[1] 02-next.txt#x\n[2] https://example.com\n"), out)
  }

  func testHeadingsListsTablesAndCode() throws {
    let out = try text(
      "## Section\n\n- one\n- two\n\n1. first\n2. second\n\n| a | bb |\n|--:|:--|\n| 100 | x |\n\n    code here\n")
    XCTAssertTrue(out.contains("Section\n-------\n"), out)
    XCTAssertTrue(out.contains("- one\n- two\n"), out)
    XCTAssertTrue(out.contains("1. first\n2. second\n"), out)
    XCTAssertTrue(out.contains("  a  bb\n---  --\n100  x\n"), out)
    XCTAssertTrue(out.contains("\n    code here\n"), out)
  }

  func testWidthCountsCells() {
    XCTAssertEqual(TextWidth.cells("y\u{302}"), 1)
    XCTAssertEqual(TextWidth.cells("数学"), 4)
  }
}

final class HTMLEscapeTests: XCTestCase {
  func testEscapesAndFiltersTags() {
    XCTAssertEqual(HTMLEscape.text("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;")
    XCTAssertEqual(HTMLEscape.tagFilter("<div><script>x</script><style>"), "<div>&lt;script>x&lt;/script>&lt;style>")
    XCTAssertEqual(HTMLEscape.tagFilter("<scripted>"), "<scripted>")
  }

  func testSVGFromProgramsCannotRunScript() {
    let svg = "<svg onload=\"alert(1)\"><script>alert(2)</script><text> one</text></svg>"
    let clean = SVGSanitizer.clean(svg)
    XCTAssertFalse(clean.contains("<script"))
    XCTAssertFalse(clean.contains(" onload="))
    XCTAssertTrue(clean.contains("<text> one</text>"))
  }
}

/// `check --update` over the whole course: recording what is already recorded
/// changes no byte, and changing every output and changing it back restores
/// every lesson exactly (fences in quotes, lists and answers included).
final class CourseUpdateIdempotenceTests: XCTestCase {
  func testUpdatingEveryLessonOfTheCourseIsIdempotent() throws {
    let folder = Repository.url("lessons")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
    XCTAssertEqual(names.count, 12)
    var fencesSeen = 0
    for name in names {
      let url = folder.appendingPathComponent(name)
      let original = try String(contentsOf: url, encoding: .utf8)
      let lesson = try Lesson.load(url: url, displayPath: "lessons/\(name)")
      let blocks = try lesson.executableBlocks()
      let recorded = blocks.compactMap { block in block.recorded.map { (block: block, output: $0.literal) } }
      fencesSeen += recorded.count
      // 1. The recorded outputs, recorded again: not a byte changes.
      XCTAssertEqual(OutputFences.rewrite(original, updates: recorded), original, name)
      // 2. Every output changed (longer, shorter, emptied), then changed back: the original bytes.
      let changed = recorded.enumerated().map { i, item in
        (block: item.block, output: i % 3 == 0 ? "" : i % 3 == 1 ? "changed \(i)\n" + item.output : "x\n")
      }
      let once = OutputFences.rewrite(original, updates: changed)
      if !recorded.isEmpty { XCTAssertNotEqual(once, original, name) }
      let reparsed = try Lesson.parse(source: once, url: url, displayPath: "lessons/\(name)")
      let moved = try reparsed.executableBlocks()
      XCTAssertEqual(moved.count, blocks.count, name)
      // 3. Applying the same update again to its own result changes nothing.
      // Blocks without a fence (`no-output`) are among `moved`: pair by block index.
      let again = changed.map { (block: moved[$0.block.index], output: $0.output) }
      XCTAssertEqual(OutputFences.rewrite(once, updates: again), once, "\(name): a second --update changed the file")
      let back = recorded.map { (block: moved[$0.block.index], output: $0.output) }
      XCTAssertEqual(OutputFences.rewrite(once, updates: back), original, "\(name): round trip")
    }
    XCTAssertGreaterThan(fencesSeen, 150)
  }
}
