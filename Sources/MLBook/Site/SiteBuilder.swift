import Foundation
import Markdown

/// Turns executed lessons into the site's files: a page and a text chapter per
/// lesson, the index, the search index, llms.txt, and the assets.
struct SiteBuilder {
  let course: Course
  let templates: Templates
  let math: MathRendering
  /// Rendered lessons by content key; `nil` renders everything.
  var renderCache: CacheStore? = nil
  /// Editions to write besides the pages (`editions:` and `build --pdf`).
  var editions: Set<Edition> = []
  /// Printed editions by content key.
  var editionCache: CacheStore? = nil
  /// When set, PDFs that would need printing are taken as they are from this earlier site instead.
  var staleEditions: URL? = nil

  struct ExecutedLesson {
    var lesson: Lesson
    var blocks: [ExecutableBlock]
    var run: LessonRun
  }

  /// Renders the lessons; set it to reuse lessons it prepared during the build.
  var preparer: LessonPreparer? = nil

  /// The site's files. `executed` holds `nil` for lessons that failed (with
  /// `--keep-going`): they get a page listing their `failures`. Lessons already in
  /// `prepared` (by course index, made by ``preparer``) are not rendered again.
  func files(
    for executed: [ExecutedLesson?], failures: [Diagnostic] = [], prepared: [LessonPreparer.PreparedLesson?] = []
  ) throws(DiagnosticError) -> SiteWriter.Files {
    let preparer = self.preparer ?? LessonPreparer(course: course, math: math, renderCache: renderCache)
    let crossReferences = preparer.crossReferences
    var problems = crossReferences.problems
    let lessons = preparer.prepareAll(executed, failures: failures, prepared: prepared)
    for lesson in lessons { problems += lesson.problems }
    let rendered = zip(course.lessons, lessons).map { (lesson: $0, page: $1.page) }
    var checker = LinkChecker(pages: preparer.pages, lessonsDirectory: course.root.appendingPathComponent("lessons"))
    for item in rendered { checker.anchors[item.lesson.pageName] = LinkChecker.ids(inHTML: item.page.body) }
    var files: SiteWriter.Files = [:]
    for item in rendered {
      let links = item.page.links.map { ($0.destination, SourcePosition(line: $0.line, column: $0.column)) }
      let (linkProblems, linked) = checker.check(links, on: item.lesson.pageName, lesson: item.lesson)
      problems += linkProblems
      for path in linked {
        if let data = try? Data(contentsOf: checker.lessonsDirectory.appendingPathComponent(path)) {
          files[path] = data
        }
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }

    var executedBySlug: [String: ExecutedLesson] = [:]
    for item in executed.compactMap({ $0 }) { executedBySlug[item.lesson.slug] = item }
    var search = SearchIndex()
    // Reading time at 200 words a minute; pages too short to read for a minute (placeholders) get none.
    let readingMinutes = Dictionary(
      uniqueKeysWithValues: rendered.filter { $0.page.words >= 200 }.map {
        ($0.lesson.slug, Int((Double($0.page.words) / 200).rounded()))
      })
    for (i, item) in rendered.enumerated() {
      let lesson = item.lesson
      let page = item.page
      var model = baseModel(current: lesson, readingMinutes: readingMinutes)
      var pageModel = lessonModel(lesson, current: true, readingMinutes: readingMinutes)
      // The lesson as a Jupyter notebook of its python twins, when it has any.
      if let notebook = lessons[i].notebook {
        let name = "downloads/\(lesson.slug).ipynb"
        files[name] = notebook
        pageModel["notebook"] = name
      }
      // The lesson's code as a Swift package, when it has any.
      if let zip = lessons[i].swiftPackage {
        let name = "downloads/\(lesson.slug)-swift.zip"
        files[name] = zip
        pageModel["swiftPackage"] = name
      }
      // Definitions, theorems, … of the chapter, for templates that list them.
      let theorems = (crossReferences.numberings[lesson.slug]?.items ?? []).filter(\.kind.isTheoremLike).map {
        [
          "kind": $0.kind.name(course.config.strings), "number": $0.number, "title": $0.title, "id": $0.anchor,
        ] as [String: Any]
      }
      pageModel["theorems"] = theorems
      pageModel["hasTheorems"] = !theorems.isEmpty
      if editions.contains(.pdf) { pageModel["pdf"] = "downloads/\(lesson.slug).pdf" }
      let downloads = [
        (pageModel["swiftPackage"], "the code as a Swift package"),
        (pageModel["notebook"], "the Python twins as a Jupyter notebook"), (pageModel["pdf"], "this part as PDF"),
      ].compactMap { href, label in (href as? String).map { (href: $0, label: label) } }
      pageModel["downloads"] = downloads.enumerated().map { i, download in
        ["href": download.href, "label": download.label, "first": i == 0] as [String: Any]
      }
      pageModel["hasDownloads"] = !downloads.isEmpty
      model["page"] = pageModel
      model["content"] = page.body
      let toc = page.headings.filter { $0.level == 2 || $0.level == 3 }.map {
        ["level": $0.level, "text": $0.text, "id": $0.id] as [String: Any]
      }
      model["toc"] = toc
      model["hasToc"] = !toc.isEmpty
      model["pageTitle"] =
        "\(course.config.strings["part"]) \(lesson.frontMatter.part): \(readable(lesson.frontMatter.title)) — \(course.config.title)"
      model["pageDescription"] = readable(lesson.frontMatter.summary ?? lesson.frontMatter.subtitle)
      if i > 0 {
        model["previous"] = lessonModel(rendered[i - 1].lesson, current: false, readingMinutes: readingMinutes)
      }
      if i + 1 < rendered.count {
        model["next"] = lessonModel(rendered[i + 1].lesson, current: false, readingMinutes: readingMinutes)
      }
      files[lesson.pageName] = Data(templates.render("page", model).utf8)
      files[lesson.textName] = Data(page.text.utf8)
      search.add(lessons[i].search)
    }
    let chapters = rendered.filter { executedBySlug[$0.lesson.slug] != nil }.map {
      PrintEdition.Chapter(lesson: $0.lesson, body: $0.page.body)
    }
    // What the editions' documents may show besides the pages' bodies: the lessons' own files (images).
    let resources = files.filter { name, _ in
      !name.hasSuffix(".html") && !name.hasSuffix(".txt") && !name.hasPrefix("downloads/") && !name.hasPrefix("text/")
    }
    if editions.contains(.epub) {
      let book = EPUBEdition(
        title: course.config.title, description: course.config.description, strings: course.config.strings,
        chapters: chapters, resources: resources)
      do {
        files["course.epub"] = try book.archive()
      } catch {
        throw DiagnosticError(
          Diagnostic(
            path: DisplayPath.of(course.root.appendingPathComponent("mlbook.yml")), line: 1,
            message: "cannot write the EPUB edition: \(ErrorText.reason(error))"))
      }
    }
    if editions.contains(.pdf) {
      // Printed pages load the site's styles and fonts too.
      var printResources = resources
      for (name, data) in templates.assets { printResources["assets/" + name] = data }
      for (name, data) in try printedEditions(chapters, resources: printResources) { files[name] = data }
    }
    var index = baseModel(current: nil, readingMinutes: readingMinutes)
    index["pageTitle"] = course.config.title
    index["pageDescription"] = course.config.description.isEmpty ? course.config.title : course.config.description
    files["index.html"] = Data(templates.render("index", index).utf8)
    files["assets/search-index.js"] = Data(search.script().utf8)
    files["llms.txt"] = Data(llmsIndex(rendered).utf8)
    files["llms-full.txt"] = Data(rendered.map(\.page.text).joined(separator: "\n\n").utf8)
    for (name, data) in templates.assets { files["assets/" + name] = data }
    return files
  }

  /// `course.pdf` and a PDF per chapter, each printed again only when its document changed.
  private func printedEditions(_ chapters: [PrintEdition.Chapter], resources: [String: Data]) throws(DiagnosticError)
    -> [String: Data]
  {
    guard let printer = PDFPrinter.find().map({ PDFPrinter(chromium: $0) }) else {
      throw DiagnosticError(
        Diagnostic(
          path: DisplayPath.of(course.root.appendingPathComponent("mlbook.yml")), line: 1,
          message:
            "the PDF edition is printed by headless Chromium, which is not installed: `apt-get install chromium` (or set MLBOOK_CHROMIUM to its path)"
        ))
    }
    let edition = PrintEdition(
      title: course.config.title, description: course.config.description, strings: course.config.strings,
      chapters: chapters)
    var documents = ["course": edition.book()]
    for chapter in chapters { documents["downloads/" + chapter.lesson.slug] = edition.standalone(chapter) }
    var assetsHash = ContentHash("mlbook-print-resources-v1")
    for (name, data) in resources.sorted(by: { $0.key < $1.key }) {
      assetsHash.add(name)
      assetsHash.add(data)
    }
    let identity = printer.identity
    func key(_ html: String) -> String {
      var hash = ContentHash("mlbook-pdf-v2")
      hash.add(identity)
      hash.add(assetsHash.hex)
      hash.add(html)
      return hash.hex
    }
    var result: [String: Data] = [:]
    var toPrint: [String: String] = [:]
    for (name, html) in documents {
      if let cached = editionCache?.load(key(html)) { result[name + ".pdf"] = cached } else { toPrint[name] = html }
    }
    guard !toPrint.isEmpty else { return result }
    if let staleEditions {
      for name in toPrint.keys {
        if let old = try? Data(contentsOf: staleEditions.appendingPathComponent(name + ".pdf")) {
          result[name + ".pdf"] = old
        }
      }
      return result
    }
    do {
      for (name, pdf) in try printer.print(toPrint, resources: resources) {
        result[name + ".pdf"] = pdf
        editionCache?.store(key(toPrint[name]!), pdf)
      }
    } catch {
      throw DiagnosticError(
        Diagnostic(
          path: DisplayPath.of(course.root.appendingPathComponent("mlbook.yml")), line: 1,
          message: "cannot print the PDF edition: \(error)"))
    }
    return result
  }

  /// `llms.txt`: the course, its summary, and a link to each text chapter.
  private func llmsIndex(_ rendered: [(lesson: Lesson, page: LessonPreparer.RenderedLesson)]) -> String {
    var text = "# \(course.config.title)\n\n"
    if !course.config.description.isEmpty { text += "> \(course.config.description)\n\n" }
    text += "Each chapter is plain text with the output of every code block included; llms-full.txt holds them all.\n\n"
    text += "## Chapters\n\n"
    for item in rendered {
      let lesson = item.lesson
      text +=
        "- [\(course.config.strings["part"]) \(lesson.frontMatter.part): \(fullTitle(lesson))](\(lesson.textName))"
      if let summary = lesson.frontMatter.summary { text += ": \(readable(summary))" }
      text += "\n"
    }
    text += "\n## Optional\n\n- [All chapters in one file](llms-full.txt)\n"
    return text
  }

  private func fullTitle(_ lesson: Lesson) -> String { lesson.fullTitle(math: math) }

  /// A front-matter string with its formulas as Unicode text, for titles and descriptions.
  private func readable(_ value: String) -> String { ReadableText.of(frontMatter: value, math: math) }

  private func baseModel(current: Lesson?, readingMinutes: [String: Int]) -> [String: Any] {
    // mlbook's own words for the templates: `{{strings.show_answer}}` (dashes read as underscores).
    var strings: [String: String] = ["lang": course.config.strings.language]
    for key in InterfaceStrings.keys {
      strings[key.replacingOccurrences(of: "-", with: "_")] = course.config.strings[key]
    }
    var model: [String: Any] = [
      "strings": strings,
      "course": ["title": course.config.title, "description": course.config.description],
      "lessons": course.lessons.map {
        lessonModel($0, current: $0.slug == current?.slug, readingMinutes: readingMinutes)
      },
    ]
    if editions.contains(.pdf) { model["coursePDF"] = "course.pdf" }
    if editions.contains(.epub) { model["courseEPUB"] = "course.epub" }
    return model
  }

  private func lessonModel(_ lesson: Lesson, current: Bool, readingMinutes: [String: Int]) -> [String: Any] {
    var model: [String: Any] = [
      "part": lesson.frontMatter.part,
      "title": readable(lesson.frontMatter.title),
      "subtitle": readable(lesson.frontMatter.subtitle),
      "slug": lesson.slug,
      "href": lesson.pageName,
      "text": lesson.textName,
      "current": current,
    ]
    if let minutes = readingMinutes[lesson.slug] { model["readingTime"] = "\(minutes) min read" }
    if let summary = lesson.frontMatter.summary { model["summary"] = readable(summary) }
    return model
  }
}
