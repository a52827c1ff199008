import Foundation
import Markdown

/// One lesson: `lessons/NN-slug.md`, its front matter and its parsed Markdown.
public struct Lesson: Sendable {
  /// The file on disk.
  public var url: URL
  /// The path shown in diagnostics (relative to the working directory where possible).
  public var displayPath: String
  /// The file name without `.md`: `09-ml-specific-math`. Pages are named after it.
  public var slug: String
  public var frontMatter: FrontMatter
  /// The whole file as parsed: no byte-order mark, every line ending `\n`
  /// (line numbers are the file's).
  public var source: String
  /// The whole file exactly as read (line endings, byte-order mark), which
  /// `check --update` edits in place.
  public var original: String
  public var document: Document

  public init(
    url: URL, displayPath: String, slug: String, frontMatter: FrontMatter, source: String, original: String? = nil,
    document: Document
  ) {
    self.url = url
    self.displayPath = displayPath
    self.slug = slug
    self.frontMatter = frontMatter
    self.source = source
    self.original = original ?? source
    self.document = document
  }

  /// Reads and parses one lesson file.
  ///
  /// - Parameter requireFrontMatter: With `false`, any Markdown file will do
  ///   (`mlbook render`): one without front matter is titled after its name.
  public static func load(url: URL, displayPath: String, requireFrontMatter: Bool = true) throws(DiagnosticError)
    -> Lesson
  {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw DiagnosticError(
        Diagnostic(path: displayPath, line: 1, message: "cannot read the file: \(ErrorText.reason(error))"))
    }
    let original = try SourceText.decode(data, path: displayPath)
    let source = FileLines.normalize(original)
    if !requireFrontMatter && !source.hasPrefix("---") {
      let slug = url.deletingPathExtension().lastPathComponent
      return Lesson(
        url: url, displayPath: displayPath, slug: slug, frontMatter: FrontMatter(title: slug, subtitle: "", part: 0),
        source: source, original: original, document: try document(source, displayPath: displayPath))
    }
    return try parse(source: original, url: url, displayPath: displayPath)
  }

  /// Parses lesson text (front matter + Markdown) in any line-ending style.
  public static func parse(source original: String, url: URL, displayPath: String) throws(DiagnosticError) -> Lesson {
    let source = FileLines.normalize(original)
    let split = try FrontMatterParser.parse(source, path: displayPath)
    let slug = url.deletingPathExtension().lastPathComponent
    return Lesson(
      url: url, displayPath: displayPath, slug: slug, frontMatter: split.frontMatter, source: source,
      original: original, document: try document(split.body, displayPath: displayPath))
  }

  /// Parses Markdown, reporting input the parser refused (nesting too deep).
  private static func document(_ markdown: String, displayPath: String) throws(DiagnosticError) -> Document {
    let document = MarkdownParser.parse(markdown)
    if !document.problems.isEmpty {
      throw DiagnosticError(
        document.problems.map {
          Diagnostic(path: displayPath, line: $0.position.line, column: $0.position.column, message: $0.message)
        })
    }
    return document
  }

  /// The page this lesson becomes, relative to the site root.
  public var pageName: String { slug + ".html" }
  /// The plain-text chapter, relative to the site root.
  public var textName: String { "text/" + slug + ".txt" }
}
