/// Heading anchors: GitHub-style slugs, unique within a page (`loss`, `loss-1`, …).
struct Slugger {
  private var used: [String: Int] = [:]

  mutating func slug(for text: String) -> String {
    let base = Self.base(text)
    if let count = used[base] {
      var n = count
      var candidate: String
      repeat {
        n += 1
        candidate = "\(base)-\(n)"
      } while used[candidate] != nil
      used[base] = n
      used[candidate] = 0
      return candidate
    }
    used[base] = 0
    return base
  }

  static func base(_ text: String) -> String {
    var out = ""
    for ch in text.lowercased() {
      if ch.isLetter || ch.isNumber || ch == "_" || ch == "-" {
        out.append(ch)
      } else if ch == " " {
        out.append("-")
      }
    }
    return out.isEmpty ? "section" : out
  }
}
