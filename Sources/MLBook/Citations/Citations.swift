import Foundation
import Markdown

/// A piece of a formatted citation: plain text, or the part that links to the work's
/// entry in the reference list (the renderer makes it `<a href="#ref-KEY">`).
enum CitationSegment: Sendable, Hashable, PlainTextRun {
  case text(String)
  case reference(key: String, text: String)

  var plainText: String? { if case .text(let text) = self { text } else { nil } }

  var text: String {
    switch self {
    case .text(let text), .reference(_, let text): return text
    }
  }
}

/// A run of formatted text in a reference-list entry.
enum RichText: Sendable, Hashable, PlainTextRun {
  case text(String)
  case emphasis(String)
  case link(text: String, url: String)

  var plainText: String? { if case .text(let text) = self { text } else { nil } }
}

/// Formatted text made of runs, some of them plain text that can be joined with their neighbours.
protocol PlainTextRun {
  static func text(_ text: String) -> Self
  /// The run's text if it is a plain one.
  var plainText: String? { get }
}

/// One entry of a chapter's reference list.
struct ReferenceEntry: Sendable, Hashable {
  /// The cited key; the renderer gives the entry the id `ref-KEY`.
  var key: String
  /// The entry's number for the numeric style (`[1]`); `nil` for author–year.
  var label: String?
  var spans: [RichText]
}

extension Array where Element == RichText {
  /// The spans as Markdown-like text (`*journal*`, `<url>`): for logs, tests and plain output.
  var markdown: String {
    map { span in
      switch span {
      case .text(let text): return text
      case .emphasis(let text): return "*\(text)*"
      case .link(let text, let url): return text == url ? "<\(url)>" : "[\(text)](\(url))"
      }
    }.joined()
  }
}

extension Array where Element == CitationSegment {
  /// The citation as plain text, links dropped.
  var plainText: String { map(\.text).joined() }
}

/// Formats the citations of one chapter and, afterwards, its reference list.
///
/// It reads citations as the Markdown parser gives them (``Citation``: `[@a; @b]` is bracketed,
/// a bare `@a` is narrative), with cross-reference keys (`eq-…`) already set aside by the caller.
///
/// It is a value with memory: it records which works were cited, in order, so a numeric
/// style numbers works by their first citation in the chapter and the reference list
/// holds exactly the works cited. Year suffixes (2017a, 2017b) are computed over the whole
/// bibliography, so a work has the same label in every chapter.
struct CitationFormatter: Sendable {
  let style: CitationStyle
  let bibliography: Bibliography
  /// Cited keys in order of first citation.
  private(set) var citedKeys: [String] = []
  private var numbers: [String: Int] = [:]
  /// `2017a`-style years of works whose author label and year collide, by key.
  private let disambiguatedYears: [String: String]

  init(style: CitationStyle, bibliography: Bibliography) {
    self.style = style
    self.bibliography = bibliography
    disambiguatedYears = Self.yearSuffixes(bibliography)
  }

  /// Whether the bibliography has an entry for `key`.
  func contains(_ key: String) -> Bool { bibliography.entries[key] != nil }

  /// The keys of `citation` missing from the bibliography, in order, for the renderer to
  /// report as `unknown citation key`. `cite` shows them as `key?` and records nothing for them.
  func unknownKeys(in citation: Citation) -> [String] {
    citation.items.map(\.key).filter { !contains($0) }
  }

  /// Formats a citation and records its works as cited: `(Lin et al., 2017, p. 3)`, `Lin et al. (2017)`,
  /// `[1, 3]`, `Lin et al. [1]`.
  mutating func cite(_ citation: Citation) -> [CitationSegment] {
    for item in citation.items where contains(item.key) && numbers[item.key] == nil {
      citedKeys.append(item.key)
      numbers[item.key] = citedKeys.count
    }
    var segments: [CitationSegment]
    switch style {
    case .authorYear:
      segments = citation.isBracketed ? parentheticalAuthorYear(citation) : narrativeAuthorYear(citation)
    case .numeric: segments = numeric(citation)
    }
    segments = Self.merged(segments)
    return segments
  }

  // MARK: Author–year

  private func parentheticalAuthorYear(_ citation: Citation) -> [CitationSegment] {
    var segments: [CitationSegment] = [.text("(")]
    for (offset, item) in citation.items.enumerated() {
      if offset > 0 { segments.append(.text("; ")) }
      if !item.prefix.isEmpty { segments.append(.text(item.prefix + " ")) }
      guard let entry = bibliography.entries[item.key] else {
        segments.append(.text(item.key + "?"))
        continue
      }
      let label = item.suppressesAuthor ? year(of: entry) : "\(shortAuthors(entry)), \(year(of: entry))"
      segments.append(.reference(key: item.key, text: label))
      if !item.locator.isEmpty { segments.append(.text(", " + item.locator)) }
    }
    segments.append(.text(")"))
    return segments
  }

  private func narrativeAuthorYear(_ citation: Citation) -> [CitationSegment] {
    var segments: [CitationSegment] = []
    for (offset, item) in citation.items.enumerated() {
      if offset > 0 { segments.append(.text("; ")) }
      if !item.prefix.isEmpty { segments.append(.text(item.prefix + " ")) }
      guard let entry = bibliography.entries[item.key] else {
        segments.append(.text(item.key + "?"))
        continue
      }
      let locator = item.locator.isEmpty ? "" : ", " + item.locator
      let label =
        item.suppressesAuthor
        ? "(\(year(of: entry))\(locator))" : "\(shortAuthors(entry)) (\(year(of: entry))\(locator))"
      segments.append(.reference(key: item.key, text: label))
    }
    return segments
  }

  /// The year as cited: with its disambiguating letter, or `n.d.`.
  func year(of entry: BibEntry) -> String {
    disambiguatedYears[entry.key] ?? entry.year ?? "n.d."
  }

  /// The authors as cited: `Goodfellow`, `Ioffe and Szegedy`, `Lin et al.`; an institution by
  /// its full name; editors when there are no authors; the title when there are neither.
  func shortAuthors(_ entry: BibEntry) -> String {
    Self.shortAuthors(entry)
  }

  static func shortAuthors(_ entry: BibEntry) -> String {
    let (names, hasMore) =
      entry.authors.isEmpty ? (entry.editors, entry.hasMoreEditors) : (entry.authors, entry.hasMoreAuthors)
    guard let first = names.first else { return entry.title ?? entry.key }
    if names.count >= 3 || hasMore { return first.last + " et al." }
    if names.count == 2 { return "\(first.last) and \(names[1].last)" }
    return first.last
  }

  /// Letters for works with the same author label and year (`2017a`, `2017b`, ordered by title),
  /// so each citation points at one work.
  static func yearSuffixes(_ bibliography: Bibliography) -> [String: String] {
    var groups: [String: [BibEntry]] = [:]
    for key in bibliography.keys {
      guard let entry = bibliography.entries[key] else { continue }
      let group = PersonName.fold(shortAuthors(entry)) + "\u{1}" + (entry.year ?? "n.d.")
      groups[group, default: []].append(entry)
    }
    var years: [String: String] = [:]
    for entries in groups.values where entries.count > 1 {
      let ordered = entries.sorted {
        let (a, b) = (PersonName.fold($0.title ?? ""), PersonName.fold($1.title ?? ""))
        return a != b ? a < b : $0.key < $1.key
      }
      for (offset, entry) in ordered.enumerated() {
        let letter = suffixLetters(offset)
        years[entry.key] = entry.year.map { $0 + letter } ?? "n.d.-" + letter
      }
    }
    return years
  }

  /// `a` … `z`, then `aa`, `ab`, ….
  static func suffixLetters(_ index: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return index < 26 ? String(letters[index]) : suffixLetters(index / 26 - 1) + String(letters[index % 26])
  }

  // MARK: Numeric

  private func numeric(_ citation: Citation) -> [CitationSegment] {
    var segments: [CitationSegment] = []
    var items = citation.items
    let plain = items.allSatisfy { $0.locator.isEmpty && $0.prefix.isEmpty }
    if plain, citation.isBracketed {
      // `[3, 1]` reads better as `[1, 3]`; with locators or prefixes the author's order is kept.
      items.sort { (numbers[$0.key] ?? .max) < (numbers[$1.key] ?? .max) }
    }
    if !citation.isBracketed {
      for (offset, item) in items.enumerated() {
        if offset > 0 { segments.append(.text("; ")) }
        if !item.prefix.isEmpty { segments.append(.text(item.prefix + " ")) }
        if let entry = bibliography.entries[item.key], !item.suppressesAuthor {
          segments.append(.text(shortAuthors(entry) + " "))
        }
        segments += numberSegments(item, ownBrackets: true)
      }
      return segments
    }
    segments.append(.text("["))
    let separator = plain ? ", " : "; "
    for (offset, item) in items.enumerated() {
      if offset > 0 { segments.append(.text(separator)) }
      if !item.prefix.isEmpty { segments.append(.text(item.prefix + " ")) }
      segments += numberSegments(item, ownBrackets: false)
    }
    segments.append(.text("]"))
    return segments
  }

  /// An item's number and locator: `1, p. 3` inside a bracketed citation, or `[1, p. 3]` with
  /// `ownBrackets`, after the authors of a narrative one.
  private func numberSegments(_ item: Citation.Item, ownBrackets: Bool) -> [CitationSegment] {
    let locator = item.locator.isEmpty ? "" : ", " + item.locator
    guard let number = numbers[item.key] else {
      let text = item.key + "?" + locator
      return [.text(ownBrackets ? "[\(text)]" : text)]
    }
    let link = CitationSegment.reference(key: item.key, text: String(number))
    if !ownBrackets { return [link] + (locator.isEmpty ? [] : [.text(locator)]) }
    return [.text("["), link, .text(locator + "]")]
  }

  /// Joins adjacent plain-text runs and drops empty ones.
  static func merged<Run: PlainTextRun>(_ runs: [Run]) -> [Run] {
    var out: [Run] = []
    for run in runs {
      if let text = run.plainText {
        if text.isEmpty { continue }
        if let previous = out.last?.plainText {
          out[out.count - 1] = .text(previous + text)
          continue
        }
      }
      out.append(run)
    }
    return out
  }

  // MARK: Reference list

  /// The chapter's reference list: the cited works, alphabetical by first author, year and
  /// title for author–year; in order of first citation, labelled `[1]`, for numeric.
  func references() -> [ReferenceEntry] {
    var entries = citedKeys.compactMap { bibliography.entries[$0] }
    if style == .authorYear {
      entries.sort { a, b in
        let (ka, kb) = (Self.sortKey(a), Self.sortKey(b))
        if ka != kb { return ka < kb }
        let (ya, yb) = (year(of: a), year(of: b))
        if ya != yb { return ya < yb }
        let (ta, tb) = (PersonName.fold(a.title ?? ""), PersonName.fold(b.title ?? ""))
        return ta != tb ? ta < tb : a.key < b.key
      }
    }
    return entries.map { entry in
      ReferenceEntry(
        key: entry.key, label: style == .numeric ? "[\(numbers[entry.key] ?? 0)]" : nil,
        spans: Self.merged(reference(entry)))
    }
  }

  /// Sorts by the whole author list (first author's surname first), or the title for a work without one.
  static func sortKey(_ entry: BibEntry) -> String {
    let names = entry.authors.isEmpty ? entry.editors : entry.authors
    if names.isEmpty { return PersonName.fold(entry.title ?? entry.key) }
    return names.map(\.sortKey).joined(separator: "\u{2}")
  }

  /// One entry, APA-like: authors, (year), title, then where it appeared, then DOI or URL.
  func reference(_ entry: BibEntry) -> [RichText] {
    var spans: [RichText] = []
    let type = entry.type
    let standalone: Set<String> = [
      "book", "phdthesis", "mastersthesis", "techreport", "report", "thesis", "misc", "online", "unpublished",
      "manual", "booklet", "software", "dataset",
    ]
    let italicTitle = standalone.contains(type)
    let year = "(\(year(of: entry)))."
    var titleUsed = false
    if !entry.authors.isEmpty {
      spans.append(.text(Self.terminated(Self.nameList(entry.authors, more: entry.hasMoreAuthors)) + " " + year))
    } else if !entry.editors.isEmpty, italicTitle {
      let eds = entry.editors.count > 1 || entry.hasMoreEditors ? "(Eds.)." : "(Ed.)."
      spans.append(.text(Self.nameList(entry.editors, more: entry.hasMoreEditors) + " " + eds + " " + year))
    } else if let title = entry.title {
      // No author: APA moves the title to the author's place.
      spans += Self.title(title, italic: italicTitle, detail: nil) + [.text(" " + year)]
      titleUsed = true
    } else {
      spans.append(.text(year))
    }
    if !titleUsed, let title = entry.title {
      spans.append(.text(" "))
      spans += Self.title(title, italic: italicTitle, detail: Self.titleDetail(entry))
    }
    spans += source(entry)
    if let doi = entry.doi {
      let url = "https://doi.org/" + doi
      spans += [.text(" "), .link(text: url, url: url)]
    } else if let url = entry.url {
      spans += [.text(" "), .link(text: url, url: url)]
    } else if let arXiv = entry.arXiv {
      let url = "https://arxiv.org/abs/" + arXiv
      spans += [.text(" "), .link(text: url, url: url)]
    }
    return spans
  }

  /// The bracketed or parenthesised note after a standalone title: `[Doctoral dissertation, MIT]`,
  /// `(Technical Report No. 7)`, `(2nd ed.)`.
  static func titleDetail(_ entry: BibEntry) -> String? {
    switch entry.type {
    case "phdthesis", "mastersthesis", "thesis":
      let kind = entry["type"] ?? (entry.type == "mastersthesis" ? "Master’s thesis" : "Doctoral dissertation")
      return "[" + ([kind] + [entry["school"] ?? entry["institution"]].compactMap { $0 }).joined(separator: ", ") + "]"
    case "techreport", "report":
      let kind = entry["type"] ?? "Technical Report"
      return "(" + kind + (entry["number"].map { " No. " + $0 } ?? "") + ")"
    case "book":
      guard let edition = entry["edition"] else { return nil }
      let number = Int(edition).map { Self.ordinal($0) } ?? edition
      return "(\(number) ed.)"
    default:
      return nil
    }
  }

  static func ordinal(_ n: Int) -> String {
    let suffix =
      (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
    return "\(n)\(suffix)"
  }

  /// A title followed by one terminal period (none added after `?` or `!`).
  static func title(_ title: String, italic: Bool, detail: String?) -> [RichText] {
    var spans: [RichText] = [italic ? .emphasis(title) : .text(title)]
    if let detail {
      spans.append(.text(" " + detail + "."))
    } else if !title.hasSuffix(".") && !title.hasSuffix("?") && !title.hasSuffix("!") {
      spans.append(.text("."))
    }
    return spans
  }

  /// Where the work appeared: journal, proceedings, publisher, archive.
  func source(_ entry: BibEntry) -> [RichText] {
    var spans: [RichText] = []
    let pages = entry["pages"].map(Self.pageRange)
    switch entry.type {
    case "article":
      guard let journal = entry["journal"] ?? entry["journaltitle"] else { break }
      spans += [.text(" "), .emphasis(journal)]
      if let volume = entry["volume"] {
        spans += [.text(", "), .emphasis(volume)]
        if let number = entry["number"] ?? entry["issue"] { spans.append(.text("(\(number))")) }
      }
      if let pages { spans.append(.text(", " + pages)) }
      spans.append(.text("."))
    case "inproceedings", "incollection", "inbook", "conference":
      guard let booktitle = entry["booktitle"] else { break }
      spans.append(.text(" In "))
      if !entry.editors.isEmpty {
        let eds = entry.editors.count > 1 || entry.hasMoreEditors ? "Eds." : "Ed."
        spans.append(.text(Self.givenFirstList(entry.editors, more: entry.hasMoreEditors) + " (\(eds)), "))
      }
      spans.append(.emphasis(booktitle))
      var details: [String] = []
      if let volume = entry["volume"] { details.append("Vol. " + volume) }
      if let pages { details.append((pages.contains("–") || pages.contains(",") ? "pp. " : "p. ") + pages) }
      spans.append(.text(details.isEmpty ? "." : " (\(details.joined(separator: ", ")))."))
      if let publisher = entry["publisher"] ?? entry["organization"] {
        spans.append(.text(" " + Self.terminated(publisher)))
      }
    default:
      if let arXiv = entry.arXiv {
        spans.append(.text(" arXiv:" + arXiv + "."))
      } else if let howpublished = entry["howpublished"], !howpublished.lowercased().hasPrefix("http") {
        spans.append(.text(" " + Self.terminated(howpublished)))
      }
      if let publisher = entry["publisher"] ?? entry["institution"] ?? entry["organization"],
        entry.type != "phdthesis" && entry.type != "mastersthesis" && entry.type != "thesis"
      {
        spans.append(.text(" " + Self.terminated(publisher)))
      }
    }
    return spans
  }

  /// `2980--2988` and `2980-2988` both become `2980–2988`.
  static func pageRange(_ pages: String) -> String {
    var out = pages.replacingOccurrences(of: "—", with: "–")
    out = out.replacingOccurrences(of: " – ", with: "–")
    if !out.contains("–"), out.filter({ $0 == "-" }).count == 1, let dash = out.firstIndex(of: "-"),
      dash != out.startIndex, out[out.index(before: dash)].isNumber
    {
      out.replaceSubrange(dash...dash, with: "–")
    }
    return out
  }

  /// `text` with a final period unless it already ends in one (or in `?` or `!`).
  static func terminated(_ text: String) -> String {
    text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!") ? text : text + "."
  }

  /// One name as listed: `Lin, T.-Y.`, `Smith, J., Jr.`, or an institution's full name.
  static func listed(_ name: PersonName) -> String {
    if name.isInstitution || name.given.isEmpty { return name.last + (name.suffix.isEmpty ? "" : ", " + name.suffix) }
    return "\(name.last), \(name.initials)" + (name.suffix.isEmpty ? "" : ", " + name.suffix)
  }

  /// APA's author list: `A, B., & C, D.`; from 21 names, the first 19, `…`, and the last.
  static func nameList(_ names: [PersonName], more: Bool) -> String {
    let listed = names.map(Self.listed)
    if more { return (listed + ["et al."]).joined(separator: ", ") }
    switch listed.count {
    case 0: return ""
    case 1: return listed[0]
    case 2...20: return listed.dropLast().joined(separator: ", ") + ", & " + listed.last!
    default: return listed.prefix(19).joined(separator: ", ") + ", … " + listed.last!
    }
  }

  /// Editors in a chapter or paper's source: `F. Bach & D. Blei`, given names first.
  static func givenFirstList(_ names: [PersonName], more: Bool) -> String {
    let listed = names.map { name in
      name.isInstitution || name.given.isEmpty ? name.last : "\(name.initials) \(name.last)"
    }
    if more { return (listed + ["et al."]).joined(separator: ", ") }
    switch listed.count {
    case 0: return ""
    case 1: return listed[0]
    case 2: return listed[0] + " & " + listed[1]
    default: return listed.dropLast().joined(separator: ", ") + ", & " + listed.last!
    }
  }
}
