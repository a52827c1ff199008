/// Splits formula source into tokens in one pass.
enum Lexer {
  /// Tokenizes `source`. Comments (`%` to the end of the line) are dropped.
  static func tokenize(_ source: String) throws(TeXError) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(source.utf8.count / 2)
    let scalars = Array(source.unicodeScalars)
    var index = 0
    var offset = 0
    func width(_ scalar: Unicode.Scalar) -> Int { UTF8.width(scalar) }
    while index < scalars.count {
      let scalar = scalars[index]
      let start = offset
      index += 1
      offset += width(scalar)
      switch scalar {
      case "\\":
        guard index < scalars.count else {
          throw TeXError(message: "a lone \\ ends the formula", utf8Offset: start)
        }
        let first = scalars[index]
        if first.isASCIILetter {
          var name = String.UnicodeScalarView()
          while index < scalars.count && scalars[index].isASCIILetter {
            name.append(scalars[index])
            index += 1
            offset += 1
          }
          tokens.append(
            Token(kind: .command(String(name)), offset: start, length: offset - start))
        } else {
          index += 1
          offset += width(first)
          let name = first == "\n" || first == "\t" || first == "\r" ? " " : String(first)
          tokens.append(Token(kind: .command(name), offset: start, length: offset - start))
        }
      case "{": tokens.append(Token(kind: .open, offset: start, length: 1))
      case "}": tokens.append(Token(kind: .close, offset: start, length: 1))
      case "^": tokens.append(Token(kind: .raising, offset: start, length: 1))
      case "_": tokens.append(Token(kind: .lowering, offset: start, length: 1))
      case "&": tokens.append(Token(kind: .alignment, offset: start, length: 1))
      case "%":
        while index < scalars.count && scalars[index] != "\n" {
          offset += width(scalars[index])
          index += 1
        }
      case " ", "\t", "\n", "\r":
        while index < scalars.count && scalars[index].isTeXSpace {
          offset += 1
          index += 1
        }
        tokens.append(Token(kind: .space, offset: start, length: offset - start))
      case "#":
        if index < scalars.count, let digit = scalars[index].digitValue, digit > 0 {
          index += 1
          offset += 1
          tokens.append(Token(kind: .parameter(digit), offset: start, length: 2))
        } else {
          throw TeXError(
            message: "# must be followed by a parameter number 1–9", utf8Offset: start)
        }
      default:
        tokens.append(Token(kind: .character(scalar), offset: start, length: offset - start))
      }
    }
    return tokens
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool {
    (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
  }
  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
  var isTeXSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
  var digitValue: Int? { isASCIIDigit ? Int(value - 0x30) : nil }
}
