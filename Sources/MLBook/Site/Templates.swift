import Foundation
import Mustache

/// The page templates and assets: mlbook's defaults, each overridable by a file
/// of the same name in the course's own `templates/` folder.
struct Templates {
  let library: MustacheLibrary
  /// Asset files (CSS, JS, fonts) by name, copied to `site/assets/`.
  let assets: [String: Data]

  static let defaultsDirectory: URL? = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources")

  static func load(courseRoot: URL) throws(DiagnosticError) -> Templates {
    var sources: [String: URL] = [:]
    for dir in [defaultsDirectory, courseRoot.appendingPathComponent("templates")].compactMap({ $0 }) {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
      for name in names where !name.hasPrefix(".") {
        sources[name] = dir.appendingPathComponent(name)
      }
    }
    var library = MustacheLibrary()
    var assets: [String: Data] = [:]
    for (name, url) in sources.sorted(by: { $0.key < $1.key }) {
      let path = DisplayPath.of(url)
      guard let data = try? Data(contentsOf: url) else {
        throw DiagnosticError(Diagnostic(path: path, line: 1, message: "cannot read the template"))
      }
      if name.hasSuffix(".mustache") {
        let text = try SourceText.decode(data, path: path)
        do {
          try library.register(text, named: String(name.dropLast(".mustache".count)))
        } catch {
          throw DiagnosticError(Diagnostic(path: path, line: 1, message: "invalid Mustache template: \(error)"))
        }
      } else {
        assets[name] = data
      }
    }
    for required in ["page", "index"] where library.getTemplate(named: required) == nil {
      throw DiagnosticError(
        Diagnostic(path: "templates/\(required).mustache", line: 1, message: "the template is missing"))
    }
    return Templates(library: library, assets: assets)
  }

  func render(_ name: String, _ model: [String: Any]) -> String {
    library.render(model, withTemplate: name) ?? ""
  }
}
