/// Builds SVG markup one element per line, with attributes in the order given and
/// text escaped for XML — so equal inputs always give equal bytes.
struct SVGWriter {
  /// The markup written so far.
  private(set) var output = ""

  /// Appends an element; with `content`, as `<name …>content</name>`, otherwise self-closing.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: String? = nil
  ) {
    output += "<" + name + Self.attributes(attributes)
    if let content {
      output += ">" + Self.escape(content) + "</" + name + ">\n"
    } else {
      output += "/>\n"
    }
  }

  /// Appends an element whose attributes are built at run time (for optional ones).
  mutating func element(_ name: String, attributes: [(String, String)]) {
    output += "<" + name + Self.attributes(attributes) + "/>\n"
  }

  /// Appends a start tag; close it with ``close(_:)``.
  mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    output += "<" + name + Self.attributes(attributes) + ">\n"
  }

  /// Appends the end tag of an element opened with ``open(_:_:)``.
  mutating func close(_ name: String) {
    output += "</" + name + ">\n"
  }

  /// `text` with the five XML special characters replaced by entities.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\t", "\n", "\r\n": escaped.append(character)
      // Other control characters are not allowed in XML 1.0 documents.
      case _ where character.unicodeScalars.allSatisfy({ $0.value < 0x20 }): continue
      default: escaped.append(character)
      }
    }
    return escaped
  }

  private static func attributes(_ pairs: some Sequence<(String, String)>) -> String {
    pairs.map { " \($0)=\"\(escape($1))\"" }.joined()
  }

  private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
    attributes(pairs.map { ($0.key, $0.value) })
  }
}
