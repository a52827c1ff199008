import Foundation
import Markdown
import XCTest

@testable import MLBook

/// Whatever a program prints and however a lesson file is saved, `check --update`
/// records outputs that read back identically and changes no byte outside output fences.
final class LessonSafetyTests: XCTestCase {
  // MARK: Terminal text

  private func plain(_ raw: String) -> String { TerminalText(raw).plain }

  func testCarriageReturnOverwritesTheLineLikeATerminal() {
    var progress = ""
    for p in [25, 50, 100] { progress += "progress \(p)%\r" }
    XCTAssertEqual(plain(progress + "\ndone\n"), "progress 100%\ndone\n")
    XCTAssertEqual(plain("abcdef\rXY\n"), "XYcdef\n")
    XCTAssertEqual(plain("line\r\nnext\r\n"), "line\nnext\n")
    XCTAssertEqual(plain("trailing\r"), "trailing")
    XCTAssertEqual(plain("a\rb\rc"), "c")
  }

  func testBackspaceAndEraseInLine() {
    XCTAssertEqual(plain("abc\u{8}\u{8}X\n"), "aXc\n")
    XCTAssertEqual(plain("\u{8}\u{8}a"), "a")
    XCTAssertEqual(plain("50%\r\u{1B}[K7%\n"), "7%\n")
    XCTAssertEqual(plain("abcdef\u{8}\u{8}\u{8}\u{1B}[0K!"), "abc!")
    XCTAssertEqual(plain("abcdef\u{1B}[2Kxyz"), "      xyz")
    XCTAssertEqual(plain("abcdef\u{8}\u{8}\u{1B}[1K"), "     f")
  }

  func testColoursAreStylesOnThePageAndDroppedFromText() {
    let raw = "\u{1B}[1;31mred bold\u{1B}[0m plain \u{1B}[38;5;208mindexed\u{1B}[39m \u{1B}[38;2;1;2;3mrgb\u{1B}[m\n"
    let text = TerminalText(raw)
    XCTAssertEqual(text.plain, "red bold plain indexed rgb\n")
    XCTAssertTrue(text.isStyled)
    XCTAssertEqual(
      text.html,
      "<span class=\"ansi-bold ansi-fg-1\">red bold</span> plain <span style=\"color: #ff8700\">indexed</span> "
        + "<span style=\"color: #010203\">rgb</span>\n")
    // Other escapes (cursor moves, window titles, hyperlinks, charset switches) leave no trace.
    XCTAssertEqual(
      plain("a\u{1B}[2Ab\u{1B}]0;title\u{7}c\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\\u{1B}(Bd"), "abclinkd")
    XCTAssertEqual(plain("<b>&</b>"), "<b>&</b>")
    XCTAssertEqual(TerminalText("<&>").html, "&lt;&amp;&gt;")
  }

  func testOtherControlCharactersBecomeVisiblePictures() {
    XCTAssertEqual(
      plain("nul\u{0} soh\u{1} vt\u{B} ff\u{C} del\u{7F} bel\u{7} esc\u{1B}\nesc\u{1B}\u{1}"),
      "nul␀ soh␁ vt␋ ff␌ del␡ bel esc␛\nesc␛␁")
    XCTAssertEqual(plain("c1\u{85}\u{9B}"), "c1\u{FFFD}\u{FFFD}")
    XCTAssertEqual(plain("tab\there"), "tab\there")
    XCTAssertEqual(plain("e\u{301}\rE"), "E", "a combining mark belongs to its base character")
    XCTAssertEqual(String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self), "a\u{FFFD}b")
  }

  func testPlayingTerminalTextAgainChangesNothing() {
    var generator = SplitMix(seed: 7)
    for _ in 0..<2000 {
      let raw = randomOutput(&generator)
      let once = plain(raw)
      XCTAssertEqual(plain(once), once, "\(raw.debugDescription)")
      XCTAssertFalse(once.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }
  }

  // MARK: Line endings

  func testFileLinesGiveTheFileBackByteForByte() {
    for text in [
      "", "a", "a\n", "a\r\nb\r\n", "a\rb\r", "a\r\nb\nc\rd", "\u{FEFF}---\r\nx\r\n", "\r\n\r\n", "\n\r", "x\r\r\n",
    ] {
      XCTAssertEqual(FileLines(text).text, text, text.debugDescription)
    }
    XCTAssertEqual(FileLines.normalize("\u{FEFF}a\r\nb\rc\nd"), "a\nb\nc\nd")
    XCTAssertEqual(FileLines("a\r\nb\r\nc\n").dominantEnding, "\r\n")
    XCTAssertEqual(FileLines("a\r\nb\n").dominantEnding, "\n")
  }

  private func lesson(_ source: String) throws -> Lesson {
    try Lesson.parse(source: source, url: URL(fileURLWithPath: "/tmp/01-x.md"), displayPath: "01-x.md")
  }

  func testEveryCommonEditorQuirkLoads() throws {
    let body = "---\ntitle: T\nsubtitle: S\npart: 1\n---\n## Heading\n\n```swift-run\nprint(1)\n```\n"
    for variant in [
      body, body.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + body,
      "\u{FEFF}" + body.replacingOccurrences(of: "\n", with: "\r\n"), String(body.dropLast()),
      body.replacingOccurrences(of: "\n", with: "\r"),
      body.replacingOccurrences(of: "part: 1\n", with: "part: 1\r\n").replacingOccurrences(
        of: "print", with: "\rprint"),
    ] {
      let loaded = try lesson(variant)
      XCTAssertEqual(loaded.frontMatter.title, "T", variant.debugDescription)
      let blocks = try loaded.executableBlocks()
      XCTAssertEqual(blocks.count, 1, variant.debugDescription)
      XCTAssertTrue(blocks[0].code.literal.hasSuffix("print(1)\n"), variant.debugDescription)
    }
  }

  func testUpdateKeepsTheFilesOwnLineEndings() throws {
    let body = "---\ntitle: T\nsubtitle: S\npart: 1\n---\n## Heading\n\n```swift-run\nprint(1)\n```\n\nAfter.\n"
    for ending in ["\r\n", "\r"] {
      let source = "\u{FEFF}" + body.replacingOccurrences(of: "\n", with: ending)
      let blocks = try lesson(source).executableBlocks()
      let rewritten = OutputFences.rewrite(source, updates: [(blocks[0], "1\n")])
      let expected =
        "\u{FEFF}"
        + body.replacingOccurrences(of: "```\n\nAfter", with: "```\n\n```output\n1\n```\n\nAfter")
        .replacingOccurrences(of: "\n", with: ending)
      XCTAssertEqual(rewritten, expected)
    }
    // No final newline: the inserted fence ends the file the same way.
    let bare = "---\ntitle: T\nsubtitle: S\npart: 1\n---\n```swift-run\nprint(1)\n```"
    let blocks = try lesson(bare).executableBlocks()
    XCTAssertEqual(OutputFences.rewrite(bare, updates: [(blocks[0], "1\n")]), bare + "\n\n```output\n1\n```")
  }

  // MARK: The property: update is fence-only and idempotent

  func testUpdateOnRandomLessonsIsFenceOnlyAndIdempotent() throws {
    var generator = SplitMix(seed: 2026)
    for round in 0..<400 {
      let source = randomLesson(&generator)
      let first = try lesson(source)
      let blocks = try first.executableBlocks()
      let outputs = blocks.map { _ in BlockOutput(segments: [.text(randomOutput(&generator))]) }
      let run = LessonRun(outputs: outputs)
      let mismatches = OutputCheck.mismatches(blocks: blocks, run: run)
      let updated = OutputFences.rewrite(source, updates: mismatches.map { ($0.block, $0.actual) })
      let context = "round \(round):\n\(source.debugDescription)\n→\n\(updated.debugDescription)"

      // It reads back: every block now records exactly what it prints, so a second update changes nothing.
      let second = try lesson(updated)
      let secondBlocks = try second.executableBlocks()
      XCTAssertEqual(secondBlocks.count, blocks.count, context)
      guard secondBlocks.count == blocks.count else { continue }
      XCTAssertTrue(OutputCheck.mismatches(blocks: secondBlocks, run: run).isEmpty, context)
      XCTAssertEqual(OutputFences.rewrite(updated, updates: []), updated)
      XCTAssertEqual(second.frontMatter, first.frontMatter, context)

      // Fence-only: every line that changed lies in an output fence, before or after.
      let before = FileLines(source)
      let after = FileLines(updated)
      XCTAssertEqual(before.byteOrderMark, after.byteOrderMark, context)
      let old = zip(before.lines, before.endings).map { Substring($0 + $1) }
      let new = zip(after.lines, after.endings).map { Substring($0 + $1) }
      let oldFences = fenceLines(blocks.compactMap(\.recorded), in: before)
      let newFences = fenceLines(secondBlocks.compactMap(\.recorded), in: after)
      // A file without a final newline keeps its last line's bytes; only a line ending follows them.
      let unterminated = before.endings.last == "" ? before.lines.last : nil
      for edit in UnifiedDiff.editScript(old, new) {
        switch edit.kind {
        case .same: break
        case .delete:
          let appendedTo = edit.oldLine == old.count && unterminated != nil
          XCTAssertTrue(oldFences.contains(edit.oldLine) || appendedTo, "line \(edit.oldLine) changed; \(context)")
        case .insert:
          let appendedTo = unterminated.map { edit.text.hasPrefix($0) && edit.text.count <= $0.count + 1 } ?? false
          XCTAssertTrue(newFences.contains(edit.newLine) || appendedTo, "line \(edit.newLine) added; \(context)")
        }
      }
    }
  }

  /// The 1-based lines of each output fence, with the blank (or bare `>`) line next
  /// to it that an update adds when it inserts a fence.
  private func fenceLines(_ fences: [CodeBlock], in file: FileLines) -> Set<Int> {
    var lines = Set<Int>()
    func isBlank(_ number: Int) -> Bool {
      number >= 1 && number <= file.lines.count && file.lines[number - 1].allSatisfy { $0 == " " || $0 == ">" }
    }
    for fence in fences {
      var end = min(fence.endLine, file.lines.count)
      while end > fence.position.line,
        !file.lines[end - 1].drop(while: { $0 == " " || $0 == ">" }).hasPrefix("```")
      {
        end -= 1
      }
      lines.formUnion(fence.position.line...end)
      for neighbour in [fence.position.line - 1, end + 1] where isBlank(neighbour) { lines.insert(neighbour) }
    }
    return lines
  }

  // MARK: Through the real command

  func testProgressLinesWithCarriageReturnsRecordCleanlyAndCheckStaysGreen() throws {
    let body = """
      ## Progress

      ```swift-run
      for p in [25, 50, 100] { print("progress \\(p)%", terminator: "\\r") }
      print("")
      print("\\u{1B}[1;32mdone\\u{1B}[0m\\u{0}\\u{7}")
      print("")
      ```

      After.

      """
    for ending in ["\n", "\r\n"] {
      let source = TestCourse.lesson(body: body).replacingOccurrences(of: "\n", with: ending)
      let course = try TestCourse()
      defer { course.remove() }
      try course.write(source, to: "lessons/01-progress.md")
      let update = try course.mlbook("check", "--update")
      XCTAssertEqual(update.status, 0, update.stderr)
      let updated = try course.read("lessons/01-progress.md")
      let expected = source.replacingOccurrences(
        of: "```\(ending)\(ending)After.",
        with: ["```", "", "```output", "progress 100%", "done␀", "", "```", "", "After."].joined(separator: ending))
      XCTAssertEqual(updated, expected)
      XCTAssertFalse(updated.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
      let check = try course.mlbook("check")
      XCTAssertEqual(check.status, 0, check.stderr)
      let again = try course.mlbook("check", "--update")
      XCTAssertEqual(again.status, 0, again.stderr)
      XCTAssertFalse(again.stdout.contains("updated"), again.stdout)
      XCTAssertEqual(try course.read("lessons/01-progress.md"), expected)

      let build = try course.mlbook("build")
      XCTAssertEqual(build.status, 0, build.stderr)
      let page = try course.read("site/01-progress.html")
      XCTAssertTrue(
        page.contains(
          "<pre class=\"output-text\">\nprogress 100%\n<span class=\"ansi-bold ansi-fg-2\">done</span>␀\n\n</pre>"),
        page)
      let text = try course.read("site/text/01-progress.txt")
      XCTAssertTrue(text.contains("    │ progress 100%\n    │ done␀\n    │\n"), text)
    }
  }

  func testOutputsKeepLeadingAndTrailingBlankLinesSpacesAndTabs() throws {
    let course = try TestCourse(
      lessons: [
        "01-space.md": TestCourse.lesson(
          body: """
            ```swift-run
            print("")
            print("\\tindented  ")
            print("")
            ```

            """)
      ])
    defer { course.remove() }
    XCTAssertEqual(try course.mlbook("check", "--update").status, 0)
    XCTAssertTrue(try course.read("lessons/01-space.md").contains("```output\n\n\tindented  \n\n```\n"))
    XCTAssertEqual(try course.mlbook("check").status, 0)
    XCTAssertEqual(try course.mlbook("build").status, 0)
    let page = try course.read("site/01-space.html")
    XCTAssertTrue(page.contains("<pre class=\"output-text\">\n\n\tindented  \n\n</pre>"), page)
    let text = try course.read("site/text/01-space.txt")
    XCTAssertTrue(text.contains("    Output:\n    │\n    │ \tindented  \n    │\n"), text)
  }

  // MARK: Random lessons and outputs

  private func randomOutput(_ g: inout SplitMix) -> String {
    let pieces = [
      "a", "b", "x = 1", " ", "  ", "\t", "\n", "\n", "\n", "\r", "\r\n", "\u{8}", "\u{0}", "\u{7}", "\u{1B}[31m",
      "\u{1B}[0m", "\u{1B}[K", "\u{1B}", "\u{1B}[", "\u{7F}", "\u{85}", "```", "````", "~~~", "   ```", "> ", "`",
      "é", "e\u{301}", "\u{FFFD}", "[1. 2.]", "$x$", "<b>", "&amp;", "#", "- ", "|", "\\", "\u{2028}", "🙂",
    ]
    return (0..<g.next(upTo: 14)).map { _ in pieces[g.next(upTo: pieces.count)] }.joined()
  }

  private func randomLesson(_ g: inout SplitMix) -> String {
    var lines = ["---", "title: Random", "subtitle: Property", "part: 1", "---"]
    for _ in 0..<(1 + g.next(upTo: 6)) {
      switch g.next(upTo: 6) {
      case 0: lines += ["", "Some prose with `code` and $x^2$."]
      case 1: lines += ["", "## A heading"]
      case 2: lines += ["", "```swift", "let shown = 1", "```"]
      default:
        let prefix = ["", "", "> ", "> > ", "- ", "1. "][g.next(upTo: 6)]
        let hang = prefix.hasPrefix(">") ? prefix : String(repeating: " ", count: prefix.count)
        lines += ["", prefix + "```swift-run", hang + "print(1)", hang + "```"]
        if g.next(upTo: 2) == 0 {
          let blank = prefix.hasPrefix(">") ? String(prefix.dropLast()) : ""
          let separate = g.next(upTo: 2) == 0
          lines += (separate ? [blank] : []) + [hang + "```output", hang + "old output", hang + "```"]
        }
      }
    }
    let ending = ["\n", "\r\n", "\r", "mixed"][g.next(upTo: 4)]
    var text = ""
    for (i, line) in lines.enumerated() {
      let last = i == lines.count - 1
      let end = ending == "mixed" ? ["\n", "\r\n"][g.next(upTo: 2)] : ending
      text += line + (last && g.next(upTo: 3) == 0 ? "" : end)
    }
    return (g.next(upTo: 4) == 0 ? "\u{FEFF}" : "") + text
  }
}

/// A small seeded generator, so a failing case can be replayed.
struct SplitMix {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func next(upTo n: Int) -> Int { Int(next() % UInt64(n)) }
}
