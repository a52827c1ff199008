/// NumPy's `array2string` layout with its default options: line width 75,
/// summarization with `...` above 1000 elements keeping 3 at each edge.
///
/// `ArrayLayout` lays out the already-formatted elements of a 1-D or 2-D array
/// exactly as NumPy's `_formatArray` does, for `str` (separator `" "`) and
/// `repr` (separator `", "` inside `array(…)`).
struct ArrayLayout {
  static let threshold = 1000
  static let edgeItems = 3
  static let lineWidth = 75

  /// The shape: `[n]` or `[rows, columns]`.
  var shape: [Int]
  /// Formats the element at a flat row-major index.
  var element: (Int) -> String
  var separator: String
  /// Text before the opening bracket on the first line (`"array("` for repr).
  var prefix: String
  /// Text after the closing bracket (`")"` for repr).
  var suffix: String

  var count: Int { shape.reduce(1, *) }
  var summarize: Bool { count > Self.threshold }

  /// The flat indices whose elements are printed (all, or the edges when summarizing).
  static func shownIndices(shape: [Int]) -> [Int] {
    let summarize = shape.reduce(1, *) > threshold
    func kept(_ n: Int) -> [Int] {
      summarize && n > 2 * edgeItems
        ? Array(0..<edgeItems) + Array(n - edgeItems..<n) : Array(0..<n)
    }
    if shape.count == 1 { return kept(shape[0]) }
    return kept(shape[0]).flatMap { i in kept(shape[1]).map { i * shape[1] + $0 } }
  }

  /// The laid-out text, from the `[` to the `]`.
  func render() -> String {
    if count == 0 { return "[]" }
    let hangingIndent = " " + String(repeating: " ", count: prefix.count)
    return recurse(index: [], hangingIndent: hangingIndent, width: Self.lineWidth - suffix.count)
  }

  private func recurse(index: [Int], hangingIndent: String, width: Int) -> String {
    let axis = index.count
    let axesLeft = shape.count - axis
    if axesLeft == 0 {
      return element(index.count == 1 ? index[0] : index[0] * shape[1] + index[1])
    }
    let nextIndent = hangingIndent + " "
    let nextWidth = width - 1
    let length = shape[axis]
    let showSummary = summarize && 2 * Self.edgeItems < length
    let leading = showSummary ? Self.edgeItems : 0
    let trailing = showSummary ? Self.edgeItems : length
    var s = ""
    if axesLeft == 1 {
      let trimmedSeparator = separator.trimmingTrailingSpaces()
      let elementWidth = width - Swift.max(trimmedSeparator.count, 1)
      var line = hangingIndent
      func extend(_ word: String) {
        var needsWrap = line.count + word.count > elementWidth
        if line.count <= hangingIndent.count { needsWrap = false }
        if needsWrap {
          s += line.trimmingTrailingSpaces() + "\n"
          line = hangingIndent
        }
        line += word
      }
      for i in 0..<leading {
        extend(recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth))
        line += separator
      }
      if showSummary {
        extend("...")
        line += separator
      }
      if trailing > 1 {
        for i in stride(from: trailing, to: 1, by: -1) {
          extend(recurse(index: index + [length - i], hangingIndent: nextIndent, width: nextWidth))
          line += separator
        }
      }
      extend(recurse(index: index + [length - 1], hangingIndent: nextIndent, width: nextWidth))
      s += line
    } else {
      let lineSeparator =
        separator.trimmingTrailingSpaces() + String(repeating: "\n", count: axesLeft - 1)
      for i in 0..<leading {
        s +=
          hangingIndent + recurse(index: index + [i], hangingIndent: nextIndent, width: nextWidth)
          + lineSeparator
      }
      if showSummary { s += hangingIndent + "..." + lineSeparator }
      if trailing > 1 {
        for i in stride(from: trailing, to: 1, by: -1) {
          s +=
            hangingIndent
            + recurse(index: index + [length - i], hangingIndent: nextIndent, width: nextWidth)
            + lineSeparator
        }
      }
      s +=
        hangingIndent
        + recurse(index: index + [length - 1], hangingIndent: nextIndent, width: nextWidth)
    }
    return "[" + s.dropFirst(hangingIndent.count) + "]"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}

/// NumPy's `str(a)`, from a shape and the elements' texts.
func numpyString(shape: [Int], _ element: @escaping (Int) -> String) -> String {
  ArrayLayout(shape: shape, element: element, separator: " ", prefix: "", suffix: "").render()
}

/// NumPy's `repr(a)`: `array([1., 2.])`, with `shape=` and `dtype=` where NumPy adds them.
func numpyRepr(shape: [Int], dtype: String, _ element: @escaping (Int) -> String) -> String {
  let layout = ArrayLayout(
    shape: shape, element: element, separator: ", ", prefix: "array(", suffix: ")")
  let count = layout.count
  let body = count == 0 ? "[]" : layout.render()
  var extras = [String]()
  if (count == 0 && shape != [0]) || layout.summarize {
    extras.append(
      shape.count == 1
        ? "shape=(\(shape[0]),)" : "shape=(\(shape.map(String.init).joined(separator: ", ")))")
  }
  if count == 0 { extras.append("dtype=\(dtype)") }
  if extras.isEmpty { return "array(" + body + ")" }
  let text = "array(" + body + ","
  let extra = extras.joined(separator: ", ") + ")"
  // NumPy moves the extras to their own line if they would overflow the last one.
  let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last!.count
  let spacer = lastLine + 1 + extra.count > ArrayLayout.lineWidth ? "\n      " : " "
  return text + spacer + extra
}
