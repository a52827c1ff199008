import XCTest

@testable import Markdown

/// `linesSplitAtNewlineCharacters()` returns exactly what `split(separator: "\n",
/// omittingEmptySubsequences: false)` does, whose grapheme rules it reproduces on bytes.
final class LinesTests: XCTestCase {
  func testAgreesWithSplittingByCharacters() {
    let samples = [
      "", "\n", "\n\n", "a", "a\n", "\na", "a\nb\n\nc", "crlf\r\nline\r\n", "lone\rcr\n", "\r\n\r\n",
      "\n\r", "x\n\u{301}accent after newline", "e\u{301}\nna\u{308}ive", "emoji 👩‍👩‍👧\n🇫🇷\n", "tab\t\n \n",
      "$$\nx^2\n$$\n", "---\ntitle: T\n---\n# H\n",
    ]
    for text in samples {
      XCTAssertEqual(
        text.linesSplitAtNewlineCharacters(), text.split(separator: "\n", omittingEmptySubsequences: false),
        "\(text.debugDescription)")
    }
    // Random mixtures of the characters that matter.
    var generator = SystemRandomNumberGenerator()
    let pieces = ["\n", "\r", "\r\n", "a", "é", "\u{301}", "👍", " "]
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      XCTAssertEqual(
        text.linesSplitAtNewlineCharacters(), text.split(separator: "\n", omittingEmptySubsequences: false),
        "\(text.debugDescription)")
    }
  }
}
