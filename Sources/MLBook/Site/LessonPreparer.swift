import Foundation
import Markdown

/// Makes what one lesson gives the site — its rendered page and text chapter, its search
/// entries, its notebook and Swift package — from that lesson alone and the course's cross
/// references. A build hands each lesson to it as soon as the lesson has run (or its outputs
/// came from the cache), so the lessons already done are rendered while others still compile;
/// ``SiteBuilder`` then only assembles the site.
struct LessonPreparer: Sendable {
  let course: Course
  let math: MathRendering
  /// Rendered lessons by content key; `nil` renders everything.
  let renderCache: CacheStore?
  let crossReferences: CrossReferences
  /// Lesson file names → page names, for links between lessons.
  let pages: [String: String]

  init(course: Course, math: MathRendering, renderCache: CacheStore?) {
    self.course = course
    self.math = math
    self.renderCache = renderCache
    crossReferences = CrossReferences(lessons: course.lessons, theorems: course.config.theoremNumbering, math: math)
    pages = Dictionary(uniqueKeysWithValues: course.lessons.map { ($0.slug + ".md", $0.pageName) })
  }

  /// One lesson, rendered but not yet placed in its template (what the render cache keeps).
  struct RenderedLesson: Codable, Sendable {
    struct Link: Codable, Sendable {
      var destination: String
      var line: Int
      var column: Int
    }

    var body: String
    var headings: [HTMLRenderer.Heading]
    var text: String
    var words: Int
    var links: [Link]
  }

  /// What a lesson gives the site.
  struct PreparedLesson: Sendable {
    var page: RenderedLesson
    /// Problems found rendering it (invalid math, unknown references, …).
    var problems: [Diagnostic] = []
    /// Its Python twins as a Jupyter notebook, when it has any.
    var notebook: Data?
    /// Its code as a zipped Swift package, when it has any.
    var swiftPackage: Data?
    var search: [SearchIndex.Entry] = []
  }

  /// The lesson's contribution to the site; `item` is `nil` for a lesson that failed
  /// (`--keep-going`), whose page lists its `failures`.
  func prepare(_ lesson: Lesson, _ item: SiteBuilder.ExecutedLesson?, failures: [Diagnostic] = []) -> PreparedLesson {
    guard let item else {
      return PreparedLesson(page: failurePage(lesson, failures.filter { $0.path == lesson.displayPath }))
    }
    let rendered = render(item)
    var prepared = PreparedLesson(page: rendered.page, problems: rendered.problems)
    let label = "\(course.config.strings["part"]) \(lesson.frontMatter.part)"
    prepared.search = SearchIndex.entries(
      page: lesson.pageName, label: label, pageTitle: readable(lesson.frontMatter.title), html: prepared.page.body)
    prepared.notebook = Notebook.make(
      lesson: lesson, blocks: item.blocks, run: item.run, macros: course.config.macros)
    if !item.blocks.isEmpty {
      prepared.swiftPackage = try? SwiftPackageDownload.zip(
        SwiftPackageDownload.files(
          lesson: lesson, blocks: item.blocks, courseRoot: course.root, courseTitle: course.config.title,
          source: course.config.mlmathPackage))
    }
    return prepared
  }

  /// Every lesson's contribution, in course order: those in `prepared` as they are, the
  /// others made here, on all cores.
  func prepareAll(
    _ executed: [SiteBuilder.ExecutedLesson?], failures: [Diagnostic], prepared: [PreparedLesson?]
  ) -> [PreparedLesson] {
    let lessons = course.lessons
    let results = LockedSlots<PreparedLesson>(count: lessons.count)
    DispatchQueue.concurrentPerform(iterations: lessons.count) { index in
      results[index] =
        index < prepared.count && prepared[index] != nil
        ? prepared[index]! : prepare(lessons[index], executed[index], failures: failures)
    }
    return results.values.map { $0! }
  }

  /// The page body and text chapter, from the render cache when the lesson and everything its
  /// page depends on are unchanged.
  private func render(_ item: SiteBuilder.ExecutedLesson) -> (page: RenderedLesson, problems: [Diagnostic]) {
    let lesson = item.lesson
    let key = renderKey(item)
    if let cached = renderCache?.loadJSON(RenderedLesson.self, key) { return (cached, []) }
    let context = RenderContext(
      lesson: lesson, blocks: item.blocks, run: item.run, math: math, pages: pages,
      crossReferences: crossReferences, strings: course.config.strings,
      citations: course.bibliography.map { CitationFormatter(style: course.config.citationStyle, bibliography: $0) })
    // The page and the text chapter render side by side (the other worker may be compiling).
    let title = "\(course.config.strings["part"]) \(lesson.frontMatter.part): \(fullTitle(lesson))"
    let parts = LockedSlots<(output: String, context: RenderContext, headings: [HTMLRenderer.Heading])>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        let html = HTMLRenderer(context: context)
        let body = html.render(lesson.document)
        parts[0] = (body, html.context, html.headings)
      } else {
        let text = TextRenderer(context: context)
        let chapter = text.render(lesson.document, title: title)
        parts[1] = (chapter, text.context, [])
      }
    }
    let (body, htmlContext, headings) = parts[0]!
    let (chapter, textContext, _) = parts[1]!
    let diagnostics =
      htmlContext.diagnostics + textContext.diagnostics.filter { !htmlContext.diagnostics.contains($0) }
    let page = RenderedLesson(
      body: body, headings: headings, text: chapter, words: SearchIndex.wordCount(body),
      links: htmlContext.links.map {
        .init(destination: $0.destination, line: $0.position.line, column: $0.position.column)
      })
    if diagnostics.isEmpty { renderCache?.storeJSON(key, page) }
    return (page, diagnostics)
  }

  /// What the rendered page of a lesson depends on (templates are applied afterwards).
  private func renderKey(_ item: SiteBuilder.ExecutedLesson) -> String {
    var hash = ContentHash("mlbook-render-v2")
    hash.add(crossReferences.fingerprint)
    hash.add(course.config.strings.language)
    for key in InterfaceStrings.keys { hash.add(course.config.strings[key]) }
    hash.add(course.config.theoremNumbering.rawValue)
    hash.add(course.bibliographyFingerprint)
    hash.add(course.config.citationStyle.rawValue)
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    hash.add(ContentHash.identity(ofFile: executable))
    hash.add(item.lesson.displayPath)
    hash.add(item.lesson.source)
    for (name, body) in course.config.macros.sorted(by: { $0.key < $1.key }) {
      hash.add(name)
      hash.add(body)
    }
    for (file, page) in pages.sorted(by: { $0.key < $1.key }) {
      hash.add(file)
      hash.add(page)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    hash.add((try? encoder.encode(item.run)) ?? Data())
    return hash.hex
  }

  /// The page of a lesson that failed to build (`--keep-going`): its problems, so the author sees them in place.
  private func failurePage(_ lesson: Lesson, _ problems: [Diagnostic]) -> RenderedLesson {
    let list = problems.map { "<li><pre>\(HTMLEscape.text($0.description))</pre></li>" }.joined(separator: "\n")
    let body = """
      <aside class="callout callout-caution" role="alert" aria-label="Build failure">
      <p class="callout-title"><span>This part failed to build</span></p>
      <ul class="build-failures">
      \(list)
      </ul>
      </aside>

      """
    let text =
      "\(course.config.strings["part"]) \(lesson.frontMatter.part): \(fullTitle(lesson))\n\nThis part failed to build:\n\n"
      + problems.map { $0.description + "\n" }.joined()
    return RenderedLesson(body: body, headings: [], text: text, words: 0, links: [])
  }

  private func fullTitle(_ lesson: Lesson) -> String { lesson.fullTitle(math: math) }

  private func readable(_ value: String) -> String { ReadableText.of(frontMatter: value, math: math) }
}

extension Lesson {
  /// "Title — Subtitle", with formulas as Unicode text.
  func fullTitle(math: MathRendering) -> String {
    "\(ReadableText.of(frontMatter: frontMatter.title, math: math)) — \(ReadableText.of(frontMatter: frontMatter.subtitle, math: math))"
  }
}

/// A fixed number of slots that threads fill by index.
final class LockedSlots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  subscript(index: Int) -> Value? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  var values: [Value?] { lock.withLock { slots } }
}
