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

  /// Splitting up to a line gives the same lines as splitting everything, and `rest` is the
  /// text after that line, unsplit.
  func testSplittingUpToALineStopsThereAndKeepsTheRest() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["\n", "\r", "\r\n", "a", "---", "\u{301}", " "]
    let fixed = ["---\ntitle: T\n---\n# H\n", "---\n---", "---\n---\n", "a\n---\r\n---", "---"]
    let random = (0..<300).map { _ in
      (0..<Int.random(in: 0..<12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
    for text in fixed + random {
      let all = text.linesSplitAtNewlineCharacters()
      let (lines, rest) = text.linesSplitAtNewlineCharacters(until: { $0 > 0 && $1 == "---" })
      let stop = all.indices.dropFirst().first { all[$0] == "---" }
      XCTAssertEqual(lines, Array(all[...(stop ?? all.count - 1)]), "\(text.debugDescription)")
      let restLines = rest?.linesSplitAtNewlineCharacters() ?? []
      XCTAssertEqual(lines + restLines, all, "\(text.debugDescription)")
      if let stop, stop < all.count - 1 { XCTAssertNotNil(rest) } else { XCTAssertNil(rest) }
    }
  }
}
