import Markdown
import XCTest

final class ParserTests: XCTestCase {
  func testParagraphAndHeading() {
    let doc = MarkdownParser.parse("# Title\n\nHello *world*.\n")
    XCTAssertEqual(doc.blocks.count, 2)
    guard case .heading(1, let content, let pos) = doc.blocks[0] else { return XCTFail("\(doc.blocks)") }
    XCTAssertEqual(content.plainText, "Title")
    XCTAssertEqual(pos, SourcePosition(line: 1, column: 1))
  }
}
