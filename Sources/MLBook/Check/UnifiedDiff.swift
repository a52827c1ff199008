/// A unified diff of two texts, line by line (`---`/`+++`, `@@` hunks, 3 lines of context).
enum UnifiedDiff {
  static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
    let a = lines(old)
    let b = lines(new)
    let script = editScript(a, b)
    var out = "--- \(oldName)\n+++ \(newName)\n"
    // Group edits into hunks with `context` unchanged lines around them.
    var i = 0
    while i < script.count {
      guard let firstChange = script[i...].firstIndex(where: { $0.kind != .same }) else { break }
      var end = firstChange
      var lastChange = firstChange
      while end < script.count {
        if script[end].kind != .same { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      let start = max(i, firstChange - context)
      let stop = min(script.count, lastChange + context + 1)
      let hunk = script[start..<stop]
      let oldStart = hunk.first!.oldLine
      let newStart = hunk.first!.newLine
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      out +=
        "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
      for edit in hunk {
        switch edit.kind {
        case .same: out += " \(edit.text)\n"
        case .delete: out += "-\(edit.text)\n"
        case .insert: out += "+\(edit.text)\n"
        }
      }
      i = stop
    }
    return out
  }

  struct Edit {
    enum Kind { case same, delete, insert }
    var kind: Kind
    var text: Substring
    /// 1-based line numbers the edit is at in the old and new text.
    var oldLine: Int
    var newLine: Int
  }

  private static func lines(_ text: String) -> [Substring] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false)
    if result.last == "" { result.removeLast() }
    return result
  }

  /// Longest-common-subsequence edit script (outputs are small; O(n·m) is fine,
  /// and very large ones fall back to delete-all/insert-all).
  static func editScript(_ a: [Substring], _ b: [Substring]) -> [Edit] {
    var edits: [Edit] = []
    if a.count * b.count > 4_000_000 {
      edits += a.enumerated().map { Edit(kind: .delete, text: $1, oldLine: $0 + 1, newLine: 1) }
      edits += b.enumerated().map { Edit(kind: .insert, text: $1, oldLine: a.count + 1, newLine: $0 + 1) }
      return edits
    }
    let n = a.count
    let m = b.count
    var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    if n > 0 && m > 0 {
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
    }
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n && j < m && a[i] == b[j] {
        edits.append(Edit(kind: .same, text: a[i], oldLine: i + 1, newLine: j + 1))
        i += 1
        j += 1
      } else if i < n && (j == m || table[i + 1][j] >= table[i][j + 1]) {
        edits.append(Edit(kind: .delete, text: a[i], oldLine: i + 1, newLine: j + 1))
        i += 1
      } else {
        edits.append(Edit(kind: .insert, text: b[j], oldLine: i + 1, newLine: j + 1))
        j += 1
      }
    }
    return edits
  }
}
