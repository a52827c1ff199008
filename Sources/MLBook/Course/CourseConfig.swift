import Foundation
import TeX
import Yams

/// The optional `mlbook.yml` at the course root.
///
/// ```yaml
/// title: Complete Math for ML
/// description: Twelve parts, runnable Swift.
/// macros:
///   R: \mathbb{R}
/// timeout: 30          # seconds per block
/// output-limit: 1048576  # bytes per block
/// slow-type-check: 100   # warn when one expression takes the type checker longer (ms)
/// limits:               # what one lesson program may use (see `Sandbox`)
///   memory: 4 GiB
///   cpu: 600            # seconds of CPU time
///   processes: 256
///   file-size: 1 GiB
/// check:                # numbers in outputs may differ this much (default: exact text)
///   rtol: 1e-9
///   atol: 0
/// twins:                # python twins: the share of each lesson's blocks that must have one
///   require: 0.5
/// swift-package:        # where the lessons' Swift package downloads get MLMath (default: path ../mlbook)
///   url: https://github.com/OWNER/mlbook
///   from: 1.0.0
/// bibliography: references.bib   # BibTeX, cited as [@key]
/// citation-style: author-year    # or numeric
/// theorem-numbering: shared      # or separate: one counter per kind of theorem-like block
/// lang: en                       # the pages' language and mlbook's own words (en, fr)
/// editions: [pdf, epub]          # also write course.pdf, a PDF per chapter, and course.epub
/// strings:                       # any of those words, as this course wants them
///   show-answer: Reveal answer
/// ```
/// Where a lesson's Swift package download gets MLMath: the mlbook repository by URL and
/// version, or a local path.
/// A form of the course besides the site.
public enum Edition: String, Sendable, CaseIterable {
  /// `course.pdf`, and `downloads/NN-slug.pdf` for each chapter, printed by headless Chromium.
  case pdf
  /// `course.epub`: EPUB 3 with MathML and SVG.
  case epub
}

public enum MLMathPackage: Sendable, Equatable {
  case url(String, from: String)
  case path(String)
}

public struct CourseConfig: Sendable, Equatable {
  public var title: String
  public var description: String
  public var macros: [String: String]
  public var timeout: Double
  public var outputLimit: Int
  /// Milliseconds the type checker may spend on one expression before the build warns.
  public var slowTypeCheck: Int = 100
  /// What one lesson program may use.
  public var limits = ResourceLimits()
  /// How far printed numbers may move before `check` calls an output changed (`check:`).
  public var tolerance = NumericTolerance.exact
  /// The least share (0…1) of each lesson's `swift-run` blocks that must have a python twin (`twins.require`).
  public var twinShare: Double?
  /// Where the lessons' Swift package downloads get MLMath (`swift-package:`).
  public var mlmathPackage = MLMathPackage.path("../mlbook")
  /// The BibTeX file citations come from, relative to the course root (`bibliography:`).
  public var bibliography: String?
  /// `author-year` (the default) or `numeric` (`citation-style:`).
  public var citationStyle = CitationStyle.authorYear
  /// Whether theorem-like blocks share one counter (`theorem-numbering:`).
  public var theoremNumbering = TheoremNumbering.shared
  /// The pages' language and mlbook's own words (`lang:`, `strings:`).
  public var strings = InterfaceStrings()
  /// Editions written besides the site (`editions: [pdf]`).
  public var editions: Set<Edition> = []
  /// The words the author changed (`strings:`), kept to apply whichever order `lang:` comes in.
  var stringOverrides: [String: String] = [:]

  static let keys = [
    "title", "description", "macros", "timeout", "output-limit", "slow-type-check", "limits", "check", "twins",
    "swift-package", "bibliography", "citation-style", "theorem-numbering", "lang", "strings", "editions",
  ]
  static let limitKeys = ["memory", "cpu", "processes", "file-size"]

  public init(
    title: String, description: String = "", macros: [String: String] = [:], timeout: Double = 30,
    outputLimit: Int = 1 << 20
  ) {
    self.title = title
    self.description = description
    self.macros = macros
    self.timeout = timeout
    self.outputLimit = outputLimit
  }

  /// Reads `mlbook.yml` in `root`, or the defaults when there is none.
  static func load(root: URL, displayPath: String) throws(DiagnosticError) -> CourseConfig {
    let url = root.appendingPathComponent("mlbook.yml")
    let fallbackTitle = root.standardizedFileURL.lastPathComponent
    var config = CourseConfig(title: fallbackTitle.isEmpty ? "Course" : fallbackTitle)
    guard FileManager.default.fileExists(atPath: url.path) else { return config }
    let text: String
    do {
      text = try SourceText.decode(Data(contentsOf: url), path: displayPath)
    } catch let error as DiagnosticError {
      throw error
    } catch {
      throw DiagnosticError(
        Diagnostic(path: displayPath, line: 1, message: "cannot read the file: \(ErrorText.reason(error))"))
    }
    let source = YAMLSource(text, path: displayPath, what: "mlbook.yml")
    guard let node = try source.compose() else { return config }
    guard let mapping = node.mapping else {
      throw DiagnosticError(
        source.diagnostic(at: node, "mlbook.yml must be a YAML mapping (`key: value` lines), not \(node.kindName)"))
    }
    for (key, value) in mapping {
      let name = key.string ?? "?"
      /// A problem with the setting's value, reported where the value is written.
      func fail(_ message: String, at node: Yams.Node? = nil) -> DiagnosticError {
        DiagnosticError(source.diagnostic(at: node ?? value, message))
      }
      func string(_ what: String) throws(DiagnosticError) -> String {
        guard let s = value.scalar?.string else {
          throw fail("`\(what)` must be a string, not \(value.kindName)")
        }
        return s
      }
      switch name {
      case "title":
        config.title = try string("title")
      case "description":
        config.description = try string("description")
      case "macros":
        guard let m = value.mapping else {
          throw fail("`macros` must map names to TeX, like `R: \\mathbb{R}`, not \(value.kindName)")
        }
        var macros: [String: String] = [:]
        var written: [String: (key: Yams.Node, body: Yams.Node)] = [:]
        for (k, v) in m {
          guard let macroName = k.scalar?.string else { throw fail("a macro name must be a word, like `R`", at: k) }
          guard let body = v.scalar?.string else {
            throw fail("the body of macro `\(macroName)` must be TeX text, not \(v.kindName)", at: v)
          }
          let bare = macroName.hasPrefix("\\") ? String(macroName.dropFirst()) : macroName
          macros[bare] = body
          written[bare] = (k, v)
        }
        do {
          _ = try TeXRenderer(macros: macros)
        } catch {
          throw macroError(error, macros: written, source: source) ?? fail("invalid macro: \(error.message)", at: key)
        }
        config.macros = macros
      case "timeout":
        guard let t = value.float, t > 0 else { throw fail("`timeout` must be a positive number of seconds") }
        config.timeout = t
      case "output-limit":
        guard let n = value.int, n > 0 else { throw fail("`output-limit` must be a positive number of bytes") }
        config.outputLimit = n
      case "slow-type-check":
        guard let n = value.int, n > 0 else {
          throw fail("`slow-type-check` must be a positive number of milliseconds, like `slow-type-check: 100`")
        }
        config.slowTypeCheck = n
      case "limits":
        guard let m = value.mapping else {
          throw fail("`limits` must map names to values, like `memory: 4 GiB`, not \(value.kindName)")
        }
        for (k, v) in m {
          let limit = k.string ?? "?"
          func positive(_ n: Int?, _ what: String) throws(DiagnosticError) -> Int {
            guard let n, n > 0 else { throw fail("`limits.\(limit)` must be \(what)", at: v) }
            return n
          }
          switch limit {
          case "memory": config.limits.memory = try positive(Self.bytes(v), "a size, like `4 GiB` or `512 MiB`")
          case "file-size": config.limits.fileSize = try positive(Self.bytes(v), "a size, like `1 GiB` or `100 MiB`")
          case "cpu": config.limits.cpuSeconds = try positive(v.int, "a positive number of seconds")
          case "processes": config.limits.processes = try positive(v.int, "a positive number of processes")
          default:
            let hint = NearestMatch.nearest(to: limit, in: limitKeys).map { "; did you mean `\($0)`?" } ?? ""
            throw fail("unknown limit `\(limit)`\(hint)", at: k)
          }
        }
      case "check":
        guard let m = value.mapping else {
          throw fail("`check` must map names to values, like `rtol: 1e-9`, not \(value.kindName)")
        }
        for (k, v) in m {
          let setting = k.string ?? "?"
          guard setting == "rtol" || setting == "atol" else {
            let hint = NearestMatch.nearest(to: setting, in: ["rtol", "atol"]).map { "; did you mean `\($0)`?" } ?? ""
            throw fail("unknown check setting `\(setting)`\(hint)", at: k)
          }
          // YAML 1.1 reads `1e-9` (no dot) as a string; take the number either way.
          guard let x = v.float ?? v.string.flatMap(Double.init), x >= 0, x.isFinite else {
            throw fail("`check.\(setting)` must be a number ≥ 0, like `\(setting): 1e-9`", at: v)
          }
          if setting == "rtol" { config.tolerance.rtol = x } else { config.tolerance.atol = x }
        }
      case "twins":
        guard let m = value.mapping else {
          throw fail("`twins` must map names to values, like `require: 0.5`, not \(value.kindName)")
        }
        for (k, v) in m {
          let setting = k.string ?? "?"
          guard setting == "require" else {
            throw fail("unknown twins setting `\(setting)`; did you mean `require`?", at: k)
          }
          guard let x = v.float ?? v.string.flatMap(Double.init), (0...1).contains(x) else {
            throw fail("`twins.require` must be a share between 0 and 1, like `require: 0.5`", at: v)
          }
          config.twinShare = x
        }
      case "swift-package":
        guard let m = value.mapping else {
          throw fail(
            "`swift-package` must map names to values, like `url: https://github.com/OWNER/mlbook` and `from: 1.0.0`, or `path: ../mlbook`"
          )
        }
        var settings: [String: String] = [:]
        for (k, v) in m {
          let setting = k.string ?? "?"
          guard ["url", "from", "path"].contains(setting) else {
            let hint =
              NearestMatch.nearest(to: setting, in: ["url", "from", "path"]).map { "; did you mean `\($0)`?" } ?? ""
            throw fail("unknown swift-package setting `\(setting)`\(hint)", at: k)
          }
          guard let text = v.string, !text.isEmpty else { throw fail("`swift-package.\(setting)` must be text", at: v) }
          settings[setting] = text
        }
        if let path = settings["path"], settings["url"] == nil, settings["from"] == nil {
          config.mlmathPackage = .path(path)
        } else if let url = settings["url"], let version = settings["from"], settings["path"] == nil {
          config.mlmathPackage = .url(url, from: version)
        } else {
          throw fail("`swift-package` takes `url:` with `from:` (a version), or `path:` alone")
        }
      case "editions":
        let names = value.sequence.map { $0.compactMap(\.string) } ?? value.string.map { [$0] } ?? []
        var editions: Set<Edition> = []
        for name in names {
          guard let edition = Edition(rawValue: name) else {
            throw fail(
              "unknown edition `\(name)`; the editions are \(Edition.allCases.map { "`\($0.rawValue)`" }.joined(separator: " and "))"
            )
          }
          editions.insert(edition)
        }
        config.editions = editions
      case "bibliography":
        let path = try string("bibliography")
        guard !path.isEmpty else { throw fail("`bibliography` must name a BibTeX file, like `references.bib`") }
        config.bibliography = path
      case "citation-style":
        let style = try string("citation-style")
        guard let chosen = CitationStyle(rawValue: style) else {
          throw fail("`citation-style` must be `author-year` or `numeric`, not `\(style)`")
        }
        config.citationStyle = chosen
      case "theorem-numbering":
        let choice = try string("theorem-numbering")
        guard let chosen = TheoremNumbering(rawValue: choice) else {
          throw fail("`theorem-numbering` must be `shared` or `separate`, not `\(choice)`")
        }
        config.theoremNumbering = chosen
      case "lang":
        let tag = try string("lang")
        guard !tag.isEmpty, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
          throw fail("`lang` must be a language tag, like `en` or `fr`")
        }
        config.strings = InterfaceStrings(language: tag, overrides: config.stringOverrides)
      case "strings":
        guard let m = value.mapping else {
          throw fail("`strings` must map mlbook's words to yours, like `show-answer: Reveal answer`")
        }
        var overrides: [String: String] = [:]
        for (k, v) in m {
          let setting = k.string ?? "?"
          guard InterfaceStrings.english[setting] != nil else {
            let hint =
              NearestMatch.nearest(to: setting, in: InterfaceStrings.keys).map { "; did you mean `\($0)`?" } ?? ""
            throw fail("unknown string `\(setting)`\(hint)", at: k)
          }
          guard let text = v.string else { throw fail("`strings.\(setting)` must be text", at: v) }
          overrides[setting] = text
        }
        config.stringOverrides = overrides
        config.strings = InterfaceStrings(language: config.strings.language, overrides: overrides)
      default:
        let hint = NearestMatch.nearest(to: name, in: keys).map { "; did you mean `\($0)`?" } ?? ""
        throw fail("unknown setting `\(name)`\(hint)", at: key)
      }
    }
    return config
  }

  /// `1073741824`, `4 GiB`, `512MiB`, `100 KiB` as a number of bytes; `nil` for anything else.
  static func bytes(_ node: Yams.Node) -> Int? {
    if let n = node.int { return n }
    guard let text = node.scalar?.string else { return nil }
    let digits = text.prefix { $0.isNumber }
    let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
    guard let n = Int(digits) else { return nil }
    let scale: [String: Int] = ["": 1, "B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30]
    guard let factor = scale[unit] else { return nil }
    let (product, overflow) = n.multipliedReportingOverflow(by: factor)
    return overflow ? nil : product
  }

  /// The macro at fault, at its own line: the first (in file order) that fails
  /// on its own for a reason other than using another macro, else the one the
  /// converter names (`macro \R: …`).
  private static func macroError(
    _ error: TeXError, macros: [String: (key: Yams.Node, body: Yams.Node)], source: YAMLSource
  ) -> DiagnosticError? {
    func label(_ name: String) -> String { "macro \\\(name): " }
    let inFileOrder = macros.sorted { ($0.value.key.mark?.line ?? 0) < ($1.value.key.mark?.line ?? 0) }
    var culprit: (name: String, error: TeXError)?
    for (name, nodes) in inFileOrder {
      guard let body = nodes.body.scalar?.string else { continue }
      do {
        _ = try TeXRenderer(macros: [name: body])
      } catch let alone {
        let usesAnother = macros.keys.contains { $0 != name && alone.message.hasSuffix("unknown command \\\($0)") }
        if !usesAnother {
          culprit = (name, alone)
          break
        }
      }
    }
    if culprit == nil,
      let named = macros.keys.sorted(by: { $0.count > $1.count }).first(where: {
        error.message.hasPrefix(label($0))
      })
    {
      culprit = (named, error)
    }
    guard let (name, failure) = culprit, let nodes = macros[name] else { return nil }
    let detail =
      failure.message.hasPrefix(label(name)) ? String(failure.message.dropFirst(label(name).count)) : failure.message
    var diagnostic = source.diagnostic(at: nodes.key, "invalid macro \\\(name): \(detail)")
    if !detail.hasPrefix("a macro name"), let scalar = nodes.body.scalar {
      // In the body: at the offending character when the body is written as is (no quotes, one line).
      let at = source.diagnostic(at: nodes.body, "")
      diagnostic.line = at.line
      diagnostic.column = at.column
      if scalar.style == .plain, !scalar.string.contains("\n") {
        diagnostic.column += min(failure.utf8Offset, scalar.string.utf8.count)
      }
    }
    return DiagnosticError(diagnostic)
  }
}
