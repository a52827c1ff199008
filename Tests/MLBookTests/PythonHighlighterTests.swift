import XCTest

@testable import MLBook

/// The python twins' colouring: Python's tokens get the Swift highlighter's classes, and the text is kept.
final class PythonHighlighterTests: XCTestCase {
  private func plain(_ html: String) -> String {
    html.replacingOccurrences(of: #"<span class="hl-[a-z]+">"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: "</span>", with: "")
  }

  func testTokensGetTheirClasses() {
    let html = PythonHighlighter.html("def f(x=1_000, y=1e-9):  # scale\n    return None if x < y else f\"{x:.4f}\"\n")
    XCTAssertTrue(html.contains(#"<span class="hl-kw">def</span> f(x="#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-num">1_000</span>"#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-num">1e-9</span>"#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-com"># scale</span>"#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-kw">return</span> <span class="hl-ty">None</span>"#), html)
    XCTAssertTrue(html.contains(#"x &lt; y"#), "escaped: \(html)")
    XCTAssertTrue(
      html.contains(#"<span class="hl-str">f&quot;{x:.4f}&quot;</span>"#)
        || html.contains(#"<span class="hl-str">f"{x:.4f}"</span>"#), html)
  }

  func testStringsCommentsAndNamesThatLookLikeThem() {
    let source = #"""
      s = '''a "quoted" # not a comment
      still the string''' + r"C:\path\" " + "# in a string" + buffer"x"
      @property
      t = "unterminated
      n = 0x1F + .5 + 3j
      """#
    let html = PythonHighlighter.html(source)
    XCTAssertEqual(plain(html), HTMLEscape.text(source), "the text is kept byte for byte")
    XCTAssertTrue(
      html.contains("<span class=\"hl-str\">'''a &quot;quoted&quot; # not a comment\nstill the string'''</span>"), html)
    XCTAssertTrue(html.contains(#"<span class="hl-str">&quot;# in a string&quot;</span>"#), html)
    XCTAssertFalse(html.contains(#"<span class="hl-com"># not"#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-attr">@property</span>"#), html)
    XCTAssertTrue(
      html.contains(#"<span class="hl-num">0x1F</span>"#) && html.contains(#"<span class="hl-num">.5</span>"#), html)
    XCTAssertTrue(html.contains(#"<span class="hl-num">3j</span>"#), html)
    // As Python's tokenizer does: the name `buffer`, then the string "x" (a prefix is at most two letters).
    XCTAssertTrue(html.contains("buffer<span class=\"hl-str\">&quot;x&quot;</span>"), html)
  }
}
