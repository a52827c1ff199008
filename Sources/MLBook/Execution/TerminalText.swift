/// Program output as a terminal (or Jupyter) shows it.
///
/// A lesson program may print anything: carriage returns that redraw a progress
/// line, backspaces, ANSI colour escapes, NUL and other control bytes. Written
/// raw into an `output` fence such bytes would corrupt the lesson (cmark reads a
/// `\r` as a line break), so every output is first played on a small terminal:
///
/// - `\r` returns to the start of the line and later text overwrites it; `\b`
///   steps back one character; `ESC[K` erases (to the end, `1K` to the start,
///   `2K` the whole line);
/// - SGR escapes (`ESC[…m`: bold, dim, italic, underline, 16, 256 and 24-bit
///   colours) style the text on the page and are dropped from plain text; every
///   other escape sequence (cursor movement, OSC titles and links) is dropped;
/// - BEL is silent; every other C0 control character and DEL is shown as its
///   Unicode control picture (`␀`, `␛`, `␡`), and C1 controls as `�`
///   (invalid UTF-8 already decodes to `�`).
///
/// ``plain`` is what the fence records, the text chapter shows and `check`
/// compares; it holds no control characters but `\t` and `\n`, so it reads back
/// from a fence byte for byte, and playing it again changes nothing.
struct TerminalText {
  struct Style: Hashable {
    var foreground: Color?
    var background: Color?
    var bold = false
    var dim = false
    var italic = false
    var underline = false

    static let plain = Style()
  }

  enum Color: Hashable {
    /// One of the 16 standard colours (0–7 normal, 8–15 bright): themed by the page's CSS.
    case standard(Int)
    /// A colour of the 256-colour palette past the first 16, or a 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
  }

  /// A cell: one character (a base scalar with any combining marks) and its style.
  private struct Cell {
    var text: String
    var style: Style
  }

  /// The screen, line by line; the last line is empty when the output ended with a newline.
  private var lines: [[Cell]] = []

  init(_ raw: String) {
    let scalars = Array(raw.unicodeScalars)
    var line: [Cell] = []
    var cursor = 0
    var style = Style.plain
    var joinNext = false

    func put(_ text: String) {
      if cursor < line.count {
        line[cursor] = Cell(text: text, style: style)
      } else {
        while line.count < cursor { line.append(Cell(text: " ", style: .plain)) }
        line.append(Cell(text: text, style: style))
      }
      cursor += 1
    }

    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      i += 1
      let value = scalar.value
      switch value {
      case 0x0A:
        lines.append(line)
        line = []
        cursor = 0
      case 0x0D:
        cursor = 0
      case 0x08:
        cursor = max(0, cursor - 1)
      case 0x07:
        break
      case 0x09:
        put("\t")
      case 0x1B:
        guard i < scalars.count else {
          put("\u{241B}")
          continue
        }
        let next = scalars[i].value
        if next == 0x5B {  // CSI: ESC [ parameters intermediates final
          var j = i + 1
          var parameters = ""
          while j < scalars.count, (0x30...0x3F).contains(scalars[j].value) {
            parameters.unicodeScalars.append(scalars[j])
            j += 1
          }
          while j < scalars.count, (0x20...0x2F).contains(scalars[j].value) { j += 1 }
          guard j < scalars.count, (0x40...0x7E).contains(scalars[j].value) else {
            i = j  // an unfinished sequence: drop it
            continue
          }
          let final = scalars[j].value
          i = j + 1
          if final == 0x6D, !parameters.hasPrefix("?") {  // m: select graphic rendition
            Self.apply(sgr: parameters, to: &style)
          } else if final == 0x4B {  // K: erase in line
            switch parameters {
            case "", "0": if cursor < line.count { line.removeSubrange(cursor...) }
            case "1":
              for k in 0..<min(cursor + 1, line.count) { line[k] = Cell(text: " ", style: .plain) }
            case "2": line = []
            default: break
            }
          }
        } else if next == 0x5D || next == 0x50 || next == 0x5F || next == 0x5E {
          // OSC, DCS, APC, PM: a string ended by BEL or ESC \.
          var j = i + 1
          while j < scalars.count {
            if scalars[j].value == 0x07 {
              j += 1
              break
            }
            if scalars[j].value == 0x1B, j + 1 < scalars.count, scalars[j + 1].value == 0x5C {
              j += 2
              break
            }
            j += 1
          }
          i = j
        } else if (0x20...0x7E).contains(next) {
          i += 1  // a two-character escape (ESC 7, ESC =, ESC ( B needs one more)
          if (0x20...0x2F).contains(next), i < scalars.count { i += 1 }
        } else {
          put("\u{241B}")
        }
      case 0x00...0x1F:
        put(String(Unicode.Scalar(0x2400 + value)!))
      case 0x7F:
        put("\u{2421}")
      case 0x80...0x9F:
        put("\u{FFFD}")
      default:
        let attaches: Bool
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: attaches = true
        default: attaches = scalar.properties.isVariationSelector || value == 0x200D || joinNext
        }
        joinNext = value == 0x200D
        if attaches, cursor > 0, cursor <= line.count {
          line[cursor - 1].text.unicodeScalars.append(scalar)
        } else {
          put(String(scalar))
        }
      }
    }
    lines.append(line)
  }

  /// The text without styles: what a fence records.
  var plain: String {
    lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
  }

  /// `true` when some text is styled (so the page needs spans).
  var isStyled: Bool { lines.contains { $0.contains { $0.style != .plain } } }

  /// HTML text: escaped, with styled runs as `<span class="ansi-…">`.
  var html: String {
    var out = ""
    for (n, line) in lines.enumerated() {
      if n > 0 { out += "\n" }
      var k = 0
      while k < line.count {
        let style = line[k].style
        var text = ""
        while k < line.count && line[k].style == style {
          text += line[k].text
          k += 1
        }
        out += style == .plain ? HTMLEscape.text(text) : Self.span(text, style)
      }
    }
    return out
  }

  private static func span(_ text: String, _ style: Style) -> String {
    var classes: [String] = []
    var css: [String] = []
    if style.bold { classes.append("ansi-bold") }
    if style.dim { classes.append("ansi-dim") }
    if style.italic { classes.append("ansi-italic") }
    if style.underline { classes.append("ansi-underline") }
    switch style.foreground {
    case .standard(let n)?: classes.append("ansi-fg-\(n)")
    case .rgb(let r, let g, let b)?: css.append("color: \(hex(r, g, b))")
    case nil: break
    }
    switch style.background {
    case .standard(let n)?: classes.append("ansi-bg-\(n)")
    case .rgb(let r, let g, let b)?: css.append("background-color: \(hex(r, g, b))")
    case nil: break
    }
    let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    let styleAttribute = css.isEmpty ? "" : " style=\"\(css.joined(separator: "; "))\""
    return "<span\(classAttribute)\(styleAttribute)>\(HTMLEscape.text(text))</span>"
  }

  private static func hex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return "#" + String([r, g, b].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }

  /// Applies `ESC[…m` parameters (`;`- or `:`-separated; empty means 0).
  private static func apply(sgr parameters: String, to style: inout Style) {
    let codes = parameters.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == ":" }
    ).map { Int($0) ?? 0 }
    var k = 0
    func color(at k: inout Int) -> Color? {
      guard k + 1 < codes.count else { return nil }
      if codes[k + 1] == 5, k + 2 < codes.count {
        k += 2
        return palette(codes[k])
      }
      if codes[k + 1] == 2, k + 4 < codes.count {
        let channel = { (c: Int) in UInt8(clamping: c) }
        k += 4
        return .rgb(channel(codes[k - 2]), channel(codes[k - 1]), channel(codes[k]))
      }
      return nil
    }
    while k < max(codes.count, 1) {
      let code = codes.isEmpty ? 0 : codes[k]
      switch code {
      case 0: style = .plain
      case 1: style.bold = true
      case 2: style.dim = true
      case 3: style.italic = true
      case 4: style.underline = true
      case 22:
        style.bold = false
        style.dim = false
      case 23: style.italic = false
      case 24: style.underline = false
      case 30...37: style.foreground = .standard(code - 30)
      case 90...97: style.foreground = .standard(code - 90 + 8)
      case 39: style.foreground = nil
      case 40...47: style.background = .standard(code - 40)
      case 100...107: style.background = .standard(code - 100 + 8)
      case 49: style.background = nil
      case 38: style.foreground = color(at: &k) ?? style.foreground
      case 48: style.background = color(at: &k) ?? style.background
      default: break
      }
      k += 1
    }
  }

  /// A colour of xterm's 256-colour palette.
  private static func palette(_ n: Int) -> Color? {
    switch n {
    case 0..<16: return .standard(n)
    case 16..<232:
      let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
      let i = n - 16
      return .rgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    case 232..<256:
      let gray = UInt8(8 + 10 * (n - 232))
      return .rgb(gray, gray, gray)
    default: return nil
    }
  }
}
