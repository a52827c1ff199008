import Foundation
import Markdown

/// mlbook's commands as a library: load → parse → run → render → write.
public struct Pipeline {
  public var root: URL
  /// The compiler and MLMath build; located on first use when `nil`.
  public var toolchain: Toolchain?

  public init(root: URL, toolchain: Toolchain? = nil) {
    self.root = root
    self.toolchain = toolchain
  }

  /// A problem with the machine rather than with the course (no compiler, no MLMath build).
  public struct EnvironmentError: Error, CustomStringConvertible {
    public var description: String
  }

  // MARK: Commands

  /// Builds the site into `out`; with `verify`, writes nothing and returns the
  /// files of `out` that differ from a fresh build.
  @discardableResult
  public func build(out: URL, verify: Bool = false) throws -> [String] {
    let course = try Course.load(root: root)
    let executed = try execute(course)
    let templates = try Templates.load(courseRoot: root)
    let builder = SiteBuilder(course: course, templates: templates, math: Self.math(course.config))
    let files = try builder.files(for: executed)
    if verify { return SiteWriter.differences(files, in: out) }
    try SiteWriter.write(files, to: out)
    return []
  }

  /// The result of `check`.
  public struct CheckReport: Sendable {
    /// Lessons whose `output` fences were rewritten (with `update`).
    public var updated: [String] = []
    public var blocksChecked = 0
    public var lessonsChecked = 0
  }

  /// Runs every block and compares its output with the recorded one; with
  /// `update`, rewrites the fences that differ instead of failing.
  public func check(update: Bool = false) throws -> CheckReport {
    let course = try Course.load(root: root)
    let executed = try execute(course)
    var report = CheckReport()
    var problems: [Diagnostic] = []
    for item in executed {
      report.lessonsChecked += 1
      report.blocksChecked += item.blocks.count
      let mismatches = OutputCheck.mismatches(blocks: item.blocks, run: item.run)
      guard !mismatches.isEmpty else { continue }
      if update {
        let rewritten = OutputFences.rewrite(
          item.lesson.source, updates: mismatches.map { ($0.block, $0.actual) })
        do {
          try Data(rewritten.utf8).write(to: item.lesson.url, options: .atomic)
        } catch {
          throw EnvironmentError(description: "cannot write \(item.lesson.displayPath): \(error.localizedDescription)")
        }
        report.updated.append(item.lesson.displayPath)
      } else {
        problems += OutputCheck.diagnostics(mismatches, lesson: item.lesson)
      }
    }
    // Math and links are checked by rendering, as the build would.
    let templates = try Templates.load(courseRoot: root)
    _ = try SiteBuilder(course: course, templates: templates, math: Self.math(course.config)).files(for: executed)
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return report
  }

  public enum Format: String, Sendable, CaseIterable {
    case html, text
  }

  /// Renders one Markdown file (a lesson, or any Markdown with or without front
  /// matter), executing its blocks: an HTML fragment or the text chapter.
  public func render(file: URL, format: Format) throws -> String {
    let displayPath = DisplayPath.of(file)
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw DiagnosticError(Diagnostic(path: displayPath, line: 1, message: "cannot read the file: \(error.localizedDescription)"))
    }
    let source = try SourceText.decode(data, path: displayPath)
    let lesson: Lesson
    if source.hasPrefix("---") {
      lesson = try Lesson.parse(source: source, url: file, displayPath: displayPath)
    } else {
      let slug = file.deletingPathExtension().lastPathComponent
      lesson = Lesson(
        url: file, displayPath: displayPath, slug: slug,
        frontMatter: FrontMatter(title: slug, subtitle: "", part: 0), source: source,
        document: MarkdownParser.parse(source))
    }
    let config = (try? CourseConfig.load(root: root, displayPath: "mlbook.yml")) ?? CourseConfig(title: "")
    let course = Course(root: root, config: config, lessons: [lesson])
    let item = try execute(course)[0]
    let pages = [lesson.slug + ".md": lesson.pageName]
    let context = RenderContext(lesson: lesson, blocks: item.blocks, run: item.run, math: Self.math(config), pages: pages)
    switch format {
    case .html:
      var renderer = HTMLRenderer(context: context)
      let html = renderer.render(lesson.document)
      if !renderer.context.diagnostics.isEmpty { throw DiagnosticError(renderer.context.diagnostics) }
      return html
    case .text:
      var renderer = TextRenderer(context: context)
      let title = lesson.frontMatter.subtitle.isEmpty ? lesson.frontMatter.title : "\(lesson.frontMatter.title) — \(lesson.frontMatter.subtitle)"
      let text = renderer.render(lesson.document, title: title)
      if !renderer.context.diagnostics.isEmpty { throw DiagnosticError(renderer.context.diagnostics) }
      return text
    }
  }

  // MARK: Steps

  /// Runs the blocks of every lesson; reports the problems of all lessons together.
  func execute(_ course: Course) throws -> [SiteBuilder.ExecutedLesson] {
    var executed: [SiteBuilder.ExecutedLesson] = []
    var problems: [Diagnostic] = []
    var runner: LessonRunner?
    for lesson in course.lessons {
      do {
        let blocks = try lesson.executableBlocks()
        var run = LessonRun(outputs: [])
        if !blocks.isEmpty {
          if runner == nil {
            let toolchain: Toolchain
            do {
              toolchain = try self.toolchain ?? Toolchain.locate()
            } catch {
              throw EnvironmentError(description: "\(error)")
            }
            runner = LessonRunner(
              toolchain: toolchain, timeout: course.config.timeout, outputLimit: course.config.outputLimit)
          }
          run = try runner!.run(lesson, blocks: blocks, courseRoot: course.root)
        }
        executed.append(SiteBuilder.ExecutedLesson(lesson: lesson, blocks: blocks, run: run))
      } catch let error as DiagnosticError {
        problems += error.diagnostics
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return executed
  }

  /// Formulas as escaped TeX, until the TeX converter is wired in.
  static func math(_ config: CourseConfig) -> MathRendering {
    MathRendering(
      html: { math in
        let tag = math.isDisplay ? "div" : "span"
        return "<\(tag) class=\"math\(math.isDisplay ? " display" : "")\">\(HTMLEscape.text(math.tex))</\(tag)>"
      },
      text: { math in math.isDisplay ? math.tex : "$\(math.tex)$" })
  }
}
