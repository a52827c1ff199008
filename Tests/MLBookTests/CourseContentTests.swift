import Foundation
import Markdown
import XCTest

@testable import MLBook

/// The course's chapter bar, so a chapter cannot silently fall below it.
final class CourseContentTests: XCTestCase {
  private func lesson(_ name: String) throws -> Lesson {
    let url = Repository.url("lessons/\(name)")
    return try Lesson.load(url: url, displayPath: "lessons/\(name)")
  }

  /// Words a reader reads: prose, headings, lists, tables, callouts — not code, outputs or formulas.
  private func proseWords(_ blocks: [Block]) -> Int {
    func words(_ inlines: [Inline]) -> Int {
      inlines.reduce(0) { count, inline in
        switch inline {
        case .text(let s): return count + s.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c, _): return count + words(c)
        case .code: return count + 1
        default: return count
        }
      }
    }
    return blocks.reduce(0) { count, block in
      switch block {
      case .paragraph(let i, _), .heading(_, let i, _): return count + words(i)
      case .blockQuote(let b, _), .footnoteDefinition(_, _, let b, _): return count + proseWords(b)
      case .list(let l): return count + l.items.reduce(0) { $0 + proseWords($1.blocks) }
      case .table(let t): return count + (t.header + t.rows.flatMap { $0 }).reduce(0) { $0 + words($1) }
      default: return count
      }
    }
  }

  private func alerts(_ blocks: [Block]) -> [Alert] {
    blocks.flatMap { block -> [Alert] in
      guard case .blockQuote(let inner, _) = block else { return [] }
      return Alert(inner).map { [$0] } ?? alerts(inner)
    }
  }

  func testPartNineMeetsTheChapterBar() throws {
    let chapter = try lesson("09-ml-specific-math.md")
    XCTAssertEqual(chapter.frontMatter.part, 9)
    XCTAssertNotNil(chapter.frontMatter.summary)

    let words = proseWords(chapter.document.blocks)
    XCTAssertGreaterThanOrEqual(words, 3_000, "prose words")
    XCTAssertLessThanOrEqual(words, 6_000, "prose words")

    let blocks = try chapter.executableBlocks()
    XCTAssertGreaterThanOrEqual(blocks.count, 8)
    for block in blocks where !block.options.noOutput {
      XCTAssertNotNil(block.recorded, "swift-run block at line \(block.line) has no recorded output")
    }
    let figures = blocks.filter { $0.code.literal.contains("show(") }.count
    XCTAssertGreaterThanOrEqual(figures, 3, "blocks that show a figure")

    let headings = chapter.document.blocks.compactMap { block -> String? in
      if case .heading(2, let content, _) = block { return content.plainText }
      return nil
    }
    XCTAssertTrue(headings.contains("Practice Exercises"), "\(headings)")
    XCTAssertTrue(headings.contains("Conclusion & Next Steps"), "\(headings)")

    let found = alerts(chapter.document.blocks)
    let exercises = found.filter { $0.kind == .exercise }
    let answers = found.filter { $0.kind == .answer }
    XCTAssertGreaterThanOrEqual(exercises.count, 4)
    XCTAssertEqual(answers.count, exercises.count, "every exercise has an answer")
    let verified = answers.filter { answer in
      answer.blocks.contains { if case .codeBlock(let c) = $0 { c.language == "swift-run" } else { false } }
    }
    XCTAssertGreaterThanOrEqual(verified.count, 1, "an answer verified with code")
    let callouts = found.filter(\.kind.isCallout)
    XCTAssertGreaterThanOrEqual(callouts.count, 3, "callouts for pitfalls")
  }

  func testTheBuiltSiteShowsTheChapterAndTheWholeSeries() throws {
    let page = try String(contentsOf: Repository.url("site/09-ml-specific-math.html"), encoding: .utf8)
    XCTAssertGreaterThanOrEqual(page.components(separatedBy: "<figure class=\"plot\"><svg").count - 1, 3)
    XCTAssertTrue(page.contains("<math"))
    let index = try String(contentsOf: Repository.url("site/index.html"), encoding: .utf8)
    XCTAssertEqual(index.components(separatedBy: "<li class=\"part-card\">").count - 1, 12)
    for part in 1...12 { XCTAssertTrue(index.contains("Part \(part)"), "part \(part) on the index") }
    let placeholders = try FileManager.default.contentsOfDirectory(atPath: Repository.url("lessons").path)
      .filter { $0.hasSuffix(".md") && !$0.hasPrefix("09-") }
    XCTAssertEqual(placeholders.count, 11)
    for name in placeholders {
      let text = try String(contentsOf: Repository.url("lessons/\(name)"), encoding: .utf8)
      XCTAssertTrue(text.contains("Coming soon"), "\(name) is clearly marked as a placeholder")
    }
  }
}
