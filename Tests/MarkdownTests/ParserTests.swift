import Markdown
import XCTest

final class ParserTests: XCTestCase {
  func testParagraphAndHeading() {
    let doc = MarkdownParser.parse("# Title\n\nHello *world*.\n")
    XCTAssertEqual(doc.blocks.count, 2)
    guard case .heading(1, let content, let pos) = doc.blocks[0] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(content.plainText, "Title")
    XCTAssertEqual(pos, SourcePosition(line: 1, column: 1))
    guard case .paragraph(let inlines, _) = doc.blocks[1] else { return XCTFail() }
    XCTAssertEqual(inlines, [.text("Hello "), .emphasis([.text("world")]), .text(".")])
  }

  func testFencedCodeKeepsInfoAndLines() {
    let doc = MarkdownParser.parse("Intro\n\n```swift-run hidden\nlet x = 1\n```\n")
    guard case .codeBlock(let code) = doc.blocks[1] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(code.info, "swift-run hidden")
    XCTAssertEqual(code.language, "swift-run")
    XCTAssertEqual(code.literal, "let x = 1\n")
    XCTAssertEqual(code.position.line, 3)
    XCTAssertEqual(code.endLine, 5)
    XCTAssertEqual(code.firstCodeLine, 4)
  }

  func testGFMExtensions() {
    let source = """
      | a | b |
      |:--|--:|
      | ~~x~~ | https://example.com |

      - [x] done
      - [ ] todo

      Note[^1].

      [^1]: The note.
      """
    let doc = MarkdownParser.parse(source)
    guard case .table(let table) = doc.blocks[0] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(table.alignments, [.left, .right])
    XCTAssertEqual(table.header.map(\.plainText), ["a", "b"])
    XCTAssertEqual(table.rows[0][0], [.strikethrough([.text("x")])])
    guard case .link(let url, _, _, _) = table.rows[0][1].first else { return XCTFail("\(table.rows)") }
    XCTAssertEqual(url, "https://example.com")
    guard case .list(let list) = doc.blocks[1] else { return XCTFail() }
    XCTAssertEqual(list.items.map(\.checked), [true, false])
    guard case .paragraph(let p, _) = doc.blocks[2] else { return XCTFail() }
    guard p.count == 3, case .footnoteReference(let number, _) = p[1] else { return XCTFail("\(p)") }
    XCTAssertEqual(number, 1)
    XCTAssertEqual([p[0], p[2]], [.text("Note"), .text(".")])
    guard case .footnoteDefinition(let defined, let label, let blocks, _) = doc.blocks[3] else {
      return XCTFail("\(doc.blocks)")
    }
    XCTAssertEqual(defined, 1)
    XCTAssertEqual(label, "1")
    XCTAssertEqual(blocks.count, 1)
  }
}
