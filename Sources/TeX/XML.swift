/// Escaping and number formatting for the MathML writer.
enum XML {
  /// `text` with `&`, `<`, `>` and `"` escaped, safe in content and in attributes.
  static func escaped(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// A length in ems with at most four decimals, e.g. `0.1667em`, `-1em`, `0`.
  static func em(_ value: Double) -> String {
    let tenThousandths = Int((value * 10_000).rounded())
    if tenThousandths == 0 { return "0" }
    let sign = tenThousandths < 0 ? "-" : ""
    let magnitude = abs(tenThousandths)
    var fraction = String(magnitude % 10_000)
    if magnitude % 10_000 == 0 { return "\(sign)\(magnitude / 10_000)em" }
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(sign)\(magnitude / 10_000).\(fraction)em"
  }
}
