import Foundation
import Markdown

/// Turns executed lessons into the site's files: a page and a text chapter per
/// lesson, the index, and the assets.
struct SiteBuilder {
  let course: Course
  let templates: Templates
  let math: MathRendering

  struct ExecutedLesson {
    var lesson: Lesson
    var blocks: [ExecutableBlock]
    var run: LessonRun
  }

  /// Lesson file names → page names, for links between lessons.
  var pages: [String: String] {
    Dictionary(uniqueKeysWithValues: course.lessons.map { ($0.slug + ".md", $0.pageName) })
  }

  func files(for executed: [ExecutedLesson]) throws(DiagnosticError) -> SiteWriter.Files {
    var files: SiteWriter.Files = [:]
    var problems: [Diagnostic] = []
    for (i, item) in executed.enumerated() {
      let lesson = item.lesson
      var html = HTMLRenderer(
        context: RenderContext(lesson: lesson, blocks: item.blocks, run: item.run, math: math, pages: pages))
      let content = html.render(lesson.document)
      var text = TextRenderer(
        context: RenderContext(lesson: lesson, blocks: item.blocks, run: item.run, math: math, pages: pages))
      let chapter = text.render(lesson.document, title: "Part \(lesson.frontMatter.part): \(lesson.frontMatter.title) — \(lesson.frontMatter.subtitle)")
      problems += html.context.diagnostics
      var model = baseModel(current: lesson)
      model["page"] = lessonModel(lesson, current: true)
      model["content"] = content
      let toc = html.headings.filter { $0.level == 2 || $0.level == 3 }.map {
        ["level": $0.level, "text": $0.text, "id": $0.id] as [String: Any]
      }
      model["toc"] = toc
      model["hasToc"] = !toc.isEmpty
      model["pageTitle"] = "Part \(lesson.frontMatter.part): \(lesson.frontMatter.title) — \(course.config.title)"
      model["pageDescription"] = lesson.frontMatter.summary ?? lesson.frontMatter.subtitle
      if i > 0 { model["previous"] = lessonModel(executed[i - 1].lesson, current: false) }
      if i + 1 < executed.count { model["next"] = lessonModel(executed[i + 1].lesson, current: false) }
      files[lesson.pageName] = Data(templates.render("page", model).utf8)
      files[lesson.textName] = Data(chapter.utf8)
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    var index = baseModel(current: nil)
    index["pageTitle"] = course.config.title
    index["pageDescription"] = course.config.description.isEmpty ? course.config.title : course.config.description
    files["index.html"] = Data(templates.render("index", index).utf8)
    for (name, data) in templates.assets { files["assets/" + name] = data }
    return files
  }

  private func baseModel(current: Lesson?) -> [String: Any] {
    [
      "course": ["title": course.config.title, "description": course.config.description],
      "lessons": course.lessons.map { lessonModel($0, current: $0.slug == current?.slug) },
    ]
  }

  private func lessonModel(_ lesson: Lesson, current: Bool) -> [String: Any] {
    var model: [String: Any] = [
      "part": lesson.frontMatter.part,
      "title": lesson.frontMatter.title,
      "subtitle": lesson.frontMatter.subtitle,
      "slug": lesson.slug,
      "href": lesson.pageName,
      "text": lesson.textName,
      "current": current,
    ]
    if let summary = lesson.frontMatter.summary { model["summary"] = summary }
    return model
  }
}
