/// "Did you mean …?" for unknown commands: the nearest known name by edit distance.
enum CommandSuggestions {
  /// An unknown command and where it was met (math or text, with which macros). A class,
  /// so a ``TeXError`` stays one word larger: errors travel up deep recursion, where every
  /// frame's size counts.
  final class Unknown: Sendable, Equatable {
    let name: String
    let inText: Bool
    let macros: [String]

    init(name: String, inText: Bool, macros: [String]) {
      self.name = name
      self.inText = inText
      self.macros = macros
    }

    var hint: String {
      inText
        ? CommandSuggestions.hint(for: name, among: builtInTextNames)
        : CommandSuggestions.hint(for: name, among: builtInMathNames, macros: macros)
    }

    static func == (a: Unknown, b: Unknown) -> Bool {
      a.name == b.name && a.inText == b.inText && a.macros == b.macros
    }
  }

  /// Commands the parser handles by name rather than through a table.
  static let structural: Set<String> = [
    "bcancel", "begin", "binom", "bmod", "boxed", "cancel", "cfrac", "color", "dbinom", "dfrac", "fbox", "frac",
    "hphantom", "hspace", "label", "left", "mod", "mspace", "not", "operatorname", "operatornamewithlimits",
    "overbrace", "overset", "phantom", "pmod", "pod", "right", "sout", "sqrt", "stackrel", "substack", "tag",
    "tbinom", "textcolor", "tfrac", "underbrace", "underset", "vphantom", "xcancel",
  ]

  /// Every command name that works in math without macros (built once).
  static let builtInMathNames: Set<String> = {
    var names = structural
    names.formUnion(SymbolTable.entries.keys)
    names.formUnion(CommandTables.spaces.keys)
    names.formUnion(CommandTables.accents.keys)
    names.formUnion(CommandTables.mathFonts.keys)
    names.formUnion(CommandTables.textFonts.keys)
    names.formUnion(CommandTables.classes.keys)
    names.formUnion(CommandTables.sizedDelimiters.keys)
    names.formUnion(CommandTables.extensibleArrows.keys)
    names.formUnion(CommandTables.fontSwitches.keys)
    return names
  }()

  /// Names of the commands that work in text (`\text{…}`), built once.
  static let builtInTextNames: Set<String> = Set(Parser.textSymbols.keys).union(CommandTables.textFonts.keys)

  /// `; did you mean \\name?` for the known name nearest to `name` (one edit for names of up
  /// to four letters, two for longer ones; ties go to the alphabetically first), or "" when
  /// none is near.
  static func hint(for name: String, among names: Set<String>, macros: some Collection<String> = [String]()) -> String {
    guard name.count >= 2, name.count <= 40 else { return "" }
    let limit = name.count <= 4 ? 1 : 2
    var best: (distance: Int, name: String)?
    for candidate in [names.lazy.map { $0 }, macros.lazy.map { $0 }].joined()
    where abs(candidate.count - name.count) <= limit {
      let d = distance(name, candidate)
      if d <= limit, best == nil || (d, candidate) < (best!.distance, best!.name) { best = (d, candidate) }
    }
    return best.map { "; did you mean \\\($0.name)?" } ?? ""
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// neighbours each cost 1 (`alpah` → `alpha` is one edit).
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
  }
}
