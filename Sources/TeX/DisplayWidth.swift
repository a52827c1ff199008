/// The number of terminal cells `text` occupies.
///
/// Combining marks, zero-width joiners and other invisible format characters
/// take no cell; East Asian wide and fullwidth characters (and emoji) take two;
/// everything else takes one. Mathematical alphanumeric symbols such as 𝐱 or 𝔼
/// are narrow.
public func displayWidth(_ text: some StringProtocol) -> Int {
  var width = 0
  for scalar in text.unicodeScalars { width += cellWidth(of: scalar) }
  return width
}

/// The cells one scalar takes: 0, 1 or 2.
func cellWidth(of scalar: Unicode.Scalar) -> Int {
  let value = scalar.value
  if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .format: return 0
  default: break
  }
  if value == 0x200B { return 0 }
  return isWide(value) ? 2 : 1
}

/// Whether `value` lies in an East Asian wide or fullwidth block, or is an emoji
/// that terminals draw two cells wide.
private func isWide(_ value: UInt32) -> Bool {
  switch value {
  case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
    0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
    return true
  default:
    return false
  }
}
