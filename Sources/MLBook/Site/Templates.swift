import Foundation
import Mustache
import TeX

/// The page templates and assets: mlbook's defaults, each overridable by a file
/// of the same name in the course's own `templates/` folder.
struct Templates {
  let library: MustacheLibrary
  /// Asset files (CSS, JS, fonts) by name, copied to `site/assets/`.
  let assets: [String: Data]

  static let defaultsDirectory: URL? = Bundle.module.url(
    forResource: "templates", withExtension: nil, subdirectory: "Resources")

  static func load(courseRoot: URL) throws(DiagnosticError) -> Templates {
    // Relative path → file, the course's own files replacing the defaults.
    var sources: [String: URL] = [:]
    for dir in [defaultsDirectory, courseRoot.appendingPathComponent("templates")].compactMap({ $0 }) {
      for path in SiteWriter.listFiles(in: dir) where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      {
        sources[path] = dir.appendingPathComponent(path)
      }
    }
    var library = MustacheLibrary()
    var assets: [String: Data] = [:]
    for (name, url) in sources.sorted(by: { $0.key < $1.key }) {
      let path = DisplayPath.of(url)
      guard let data = try? Data(contentsOf: url) else {
        throw DiagnosticError(Diagnostic(path: path, line: 1, message: "cannot read the template"))
      }
      if name.hasSuffix(".mustache") && !name.contains("/") {
        let text = try SourceText.decode(data, path: path)
        do {
          try library.register(text, named: String(name.dropLast(".mustache".count)))
        } catch let error as MustacheTemplate.ParserError {
          throw DiagnosticError(
            Diagnostic(
              path: path, line: error.context.lineNumber, column: error.context.columnNumber,
              message: "invalid Mustache template: \(Self.describe(error.error))", detail: error.context.line))
        } catch {
          throw DiagnosticError(Diagnostic(path: path, line: 1, message: "invalid Mustache template"))
        }
      } else {
        assets[name] = data
      }
    }
    for required in ["page", "index"] where library.getTemplate(named: required) == nil {
      throw DiagnosticError(
        Diagnostic(path: "templates/\(required).mustache", line: 1, message: "the template is missing"))
    }
    // The CSS the MathML needs comes with the TeX converter.
    assets["math.css"] = assets["math.css"] ?? Data(TeXStyles.css.utf8)
    return Templates(library: library, assets: assets)
  }

  func render(_ name: String, _ model: [String: Any]) -> String {
    library.render(model, withTemplate: name) ?? ""
  }

  /// Mustache's parser errors in words.
  private static func describe(_ error: any Error) -> String {
    guard let error = error as? MustacheTemplate.Error else { return "cannot parse it" }
    switch error {
    case .sectionCloseNameIncorrect: return "this section end does not match the section it closes"
    case .unfinishedName: return "a tag is not closed with `}}`"
    case .expectedSectionEnd: return "a section is never closed (`{{/name}}`)"
    case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
    case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
    case .illegalTokenInsideInheritSection: return "this tag cannot stand inside an inherited partial"
    case .textInsideInheritSection: return "text cannot stand inside an inherited partial"
    case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
    case .unrecognisedConfigVariable: return "unknown configuration variable"
    @unknown default: return "cannot parse it"
    }
  }
}
