/// The font commands' alphabets, as characters of Unicode's Mathematical
/// Alphanumeric Symbols block (MathML Core has no `mathvariant` but `normal`).
enum MathAlphabet: Sendable, Equatable {
  /// `\mathrm`, `\text`: upright, unchanged characters.
  case upright
  /// `\mathbf`, `\textbf`: bold upright (𝐱, 𝛉).
  case bold
  /// `\mathit`, `\textit`: italic (𝑥, ℎ).
  case italic
  /// `\boldsymbol`, `\bm`: bold italic (𝒙, 𝜽).
  case boldItalic
  /// `\mathcal`, `\mathscr`: script (𝒳, ℒ).
  case script
  /// `\mathfrak`: fraktur (𝔤, ℜ).
  case fraktur
  /// `\mathbb`: double-struck (ℝ, 𝔼, 𝟙).
  case doubleStruck
  /// `\mathsf`, `\textsf`: sans-serif (𝗑).
  case sansSerif
  /// `\mathtt`, `\texttt`: monospace (𝚡).
  case monospace

  /// Whether letters in this alphabet are upright (so a one-letter `mi` needs
  /// `mathvariant="normal"` when the character itself is plain).
  var isUpright: Bool { self != .italic && self != .boldItalic }

  /// `scalar` in this alphabet, or `scalar` itself when the alphabet has no such character.
  func apply(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if let exception = Self.exceptions[self]?[scalar] { return exception }
    if let latinStart = latinStart {
      if value >= 0x41 && value <= 0x5A {
        return Self.scalar(latinStart + value - 0x41, or: scalar)
      }
      if value >= 0x61 && value <= 0x7A {
        return Self.scalar(latinStart + 26 + value - 0x61, or: scalar)
      }
    }
    if value >= 0x30 && value <= 0x39, let digitStart {
      return Self.scalar(digitStart + value - 0x30, or: scalar)
    }
    if let greekStart, let index = Self.greekIndex(of: scalar) {
      return Self.scalar(greekStart + index, or: scalar)
    }
    return scalar
  }

  /// Applies the alphabet to every character of `text`.
  func apply(_ text: String) -> String {
    if self == .upright { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(apply(scalar)) }
    return String(result)
  }

  private var latinStart: UInt32? {
    switch self {
    case .upright: nil
    case .bold: 0x1D400
    case .italic: 0x1D434
    case .boldItalic: 0x1D468
    case .script: 0x1D49C
    case .fraktur: 0x1D504
    case .doubleStruck: 0x1D538
    case .sansSerif: 0x1D5A0
    case .monospace: 0x1D670
    }
  }

  private var digitStart: UInt32? {
    switch self {
    case .bold, .boldItalic: 0x1D7CE
    case .doubleStruck: 0x1D7D8
    case .sansSerif: 0x1D7E2
    case .monospace: 0x1D7F6
    default: nil
    }
  }

  private var greekStart: UInt32? {
    switch self {
    case .bold: 0x1D6A8
    case .italic: 0x1D6E2
    case .boldItalic: 0x1D71C
    default: nil
    }
  }

  /// The position of a Greek letter in Unicode's 58-character math Greek alphabets.
  private static func greekIndex(of scalar: Unicode.Scalar) -> UInt32? {
    let value = scalar.value
    switch value {
    case 0x391...0x3A9 where value != 0x3A2: return value - 0x391
    case 0x3F4: return 17
    case 0x2207: return 25
    case 0x3B1...0x3C9: return 26 + value - 0x3B1
    case 0x2202: return 51
    case 0x3F5: return 52
    case 0x3D1: return 53
    case 0x3F0: return 54
    case 0x3D5: return 55
    case 0x3F1: return 56
    case 0x3D6: return 57
    default: return nil
    }
  }

  private static func scalar(_ value: UInt32, or fallback: Unicode.Scalar) -> Unicode.Scalar {
    Unicode.Scalar(value) ?? fallback
  }

  /// Letters that Unicode encoded before the math block, in the Letterlike
  /// Symbols block; their slots in the math block are unassigned.
  private static let exceptions: [MathAlphabet: [Unicode.Scalar: Unicode.Scalar]] = [
    .italic: ["h": "ℎ"],
    .script: [
      "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
      "e": "ℯ", "g": "ℊ", "o": "ℴ",
    ],
    .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
    .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
  ]
}
