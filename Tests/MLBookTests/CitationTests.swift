import Foundation
import XCTest

/// Citations from a BibTeX file, in each form, in both styles, with each chapter's
/// reference list; problems are errors at the lesson line or at the `.bib` line.
final class CitationTests: XCTestCase {
  private let bibliography = """
    @string{neurips = {Advances in Neural Information Processing Systems}}

    @inproceedings{lin2017focal,
      author = {Lin, Tsung-Yi and Goyal, Priya and Girshick, Ross and He, Kaiming and Doll{\\'a}r, Piotr},
      title = {Focal Loss for Dense Object Detection},
      booktitle = {Proceedings of the {IEEE} International Conference on Computer Vision},
      pages = {2980--2988},
      year = 2017,
      doi = {10.1109/ICCV.2017.324},
    }

    @misc{ba2016layer,
      author = {Ba, Jimmy Lei and Kiros, Jamie Ryan and Hinton, Geoffrey E.},
      title = {Layer Normalization},
      year = {2016},
      eprint = {1607.06450},
      archiveprefix = {arXiv},
    }

    @article{ioffe2015batch,
      author = "Ioffe, Sergey and Szegedy, Christian",
      title = "Batch Normalization",
      journal = "Journal of Tests",
      year = "2015",
      url = {https://example.org/bn},
    }

    @inproceedings{muller2019label,
      author = {M{\\"u}ller, Rafael and Kornblith, Simon and Hinton, Geoffrey},
      title = {When Does Label Smoothing Help?},
      booktitle = neurips # { 32},
      year = {2019},
    }

    """

  private let chapter = TestCourse.lesson(
    part: 9, title: "Losses",
    body: """
      ## Focal loss

      The focal loss [@lin2017focal] down-weights easy examples; @lin2017focal
      tuned $\\gamma = 2$ [@lin2017focal, p. 2984]. Normalisation [see @ioffe2015batch; @ba2016layer, sec. 3]
      came in [-@ioffe2015batch]. Smoothing @muller2019label. See @eq-focal for the formula.

      $$
      \\ell = -(1 - p)^{\\gamma} \\log p
      $$ {#eq-focal}

      """)

  private let other = TestCourse.lesson(
    part: 10, title: "Other",
    body: """
      ## No citations here

      Nothing cited, so no reference list.

      """)

  private func course(style: String? = nil) throws -> TestCourse {
    let config = "title: Book\nbibliography: refs.bib\n" + (style.map { "citation-style: \($0)\n" } ?? "")
    let course = try TestCourse(lessons: ["09-losses.md": chapter, "10-other.md": other], config: config)
    try course.write(bibliography, to: "refs.bib")
    return course
  }

  func testAuthorYearCitationsAndTheChaptersReferenceList() throws {
    let course = try course()
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    let page = try course.read("site/09-losses.html")
    func cite(_ key: String, _ text: String) -> String {
      "<a class=\"citation\" href=\"#ref-\(key)\">\(text)</a>"
    }
    XCTAssertTrue(page.contains("The focal loss (\(cite("lin2017focal", "Lin et al., 2017"))) down-weights"), page)
    XCTAssertTrue(page.contains("\(cite("lin2017focal", "Lin et al. (2017)"))\ntuned"), page)
    XCTAssertTrue(page.contains("(\(cite("lin2017focal", "Lin et al., 2017")), p. 2984)"), page)
    XCTAssertTrue(
      page.contains(
        "(see \(cite("ioffe2015batch", "Ioffe and Szegedy, 2015")); \(cite("ba2016layer", "Ba et al., 2016")), sec. 3)"),
      page)
    XCTAssertTrue(page.contains("came in (\(cite("ioffe2015batch", "2015")))"), page)
    XCTAssertTrue(page.contains(cite("muller2019label", "Müller et al. (2019)")), "accents are decoded")
    XCTAssertTrue(
      page.contains("See <a class=\"xref\" href=\"#eq-focal\">Equation\u{A0}9.1</a>"), "labels are not keys")
    // The reference list: alphabetical, DOIs and URLs as links, in the contents list.
    XCTAssertTrue(
      page.contains("<section class=\"references\" role=\"doc-bibliography\" aria-labelledby=\"references\">"))
    let order = ["ref-ba2016layer", "ref-ioffe2015batch", "ref-lin2017focal", "ref-muller2019label"].map {
      page.range(of: "<li id=\"\($0)\"")?.lowerBound
    }
    XCTAssertFalse(order.contains(nil), page)
    XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
    XCTAssertTrue(
      page.contains(
        "Lin, T.-Y., Goyal, P., Girshick, R., He, K., &amp; Dollár, P. (2017). Focal Loss for Dense Object Detection. In <em>Proceedings of the IEEE International Conference on Computer Vision</em> (pp. 2980–2988). <a href=\"https://doi.org/10.1109/ICCV.2017.324\">https://doi.org/10.1109/ICCV.2017.324</a>"
      ), page)
    XCTAssertTrue(page.contains("arXiv:1607.06450"))
    XCTAssertTrue(page.contains("<a href=\"https://example.org/bn\">"))
    XCTAssertTrue(page.contains("<a href=\"#references\">References</a>"), "the list is in the contents")
    XCTAssertFalse(try course.read("site/10-other.html").contains("class=\"references\""))

    // The bibliography is an input: editing it rebuilds what cites it.
    try course.write(
      bibliography.replacingOccurrences(of: "title = \"Batch Normalization\"", with: "title = \"Batch Normalisation\""),
      to: "refs.bib")
    XCTAssertEqual(try course.mlbook("build").status, 0)
    XCTAssertTrue(try course.read("site/09-losses.html").contains("Batch Normalisation"), "not taken for up to date")

    let text = try course.read("site/text/09-losses.txt")
    XCTAssertTrue(text.contains("The focal loss (Lin et al., 2017) down-weights"), text)
    XCTAssertTrue(text.contains("References\n----------\n\nBa, J. L., Kiros, J. R., & Hinton, G. E. (2016)."), text)
    XCTAssertTrue(text.contains("https://doi.org/10.1109/ICCV.2017.324"))
  }

  func testNumericStyleNumbersByFirstCitation() throws {
    let course = try course(style: "numeric")
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 0, result.stderr)
    let page = try course.read("site/09-losses.html")
    XCTAssertTrue(page.contains("The focal loss [<a class=\"citation\" href=\"#ref-lin2017focal\">1</a>]"), page)
    XCTAssertTrue(page.contains("<ul class=\"reference-list numeric\">"))
    XCTAssertTrue(
      page.contains("<li id=\"ref-lin2017focal\"><span class=\"reference-label\">[1]</span>"))
    XCTAssertTrue(
      page.contains("<li id=\"ref-ioffe2015batch\"><span class=\"reference-label\">[2]</span>")
    )
    XCTAssertTrue(
      page.contains("<li id=\"ref-ba2016layer\"><span class=\"reference-label\">[3]</span>"))
  }

  func testUnknownKeysAndBadBibTeXAreErrorsWhereTheyAreWritten() throws {
    let course = try course()
    defer { course.remove() }
    try course.write(
      chapter.replacingOccurrences(of: "[@lin2017focal, p. 2984]", with: "[@lin2017fcoal, p. 2984]"),
      to: "lessons/09-losses.md")
    var result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/09-losses.md:10:20: error: unknown citation key `lin2017fcoal`; did you mean `lin2017focal`?"),
      result.stderr)

    try course.write(chapter, to: "lessons/09-losses.md")
    try course.write(bibliography.replacingOccurrences(of: "year = {2016},", with: "year = {2016,"), to: "refs.bib")
    result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("refs.bib:"), result.stderr)
    XCTAssertTrue(result.stderr.contains("error: "), result.stderr)

    try FileManager.default.removeItem(at: course.root.appendingPathComponent("refs.bib"))
    result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains("mlbook.yml:1:1: error: cannot read the bibliography `refs.bib`"), result.stderr)
  }

  func testWithoutABibliographyBracketedCitationsAreErrorsAndMentionsStayText() throws {
    let lesson = TestCourse.lesson(
      part: 1, title: "Plain",
      body: """
        ## Plain

        Mention @someone in passing; but [@lin2017focal] needs a bibliography.

        """)
    let course = try TestCourse(lessons: ["01-plain.md": lesson], config: "title: Book\n")
    defer { course.remove() }
    let result = try course.mlbook("build")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.stderr.contains(
        "lessons/01-plain.md:9:34: error: `[@lin2017focal]` cites the bibliography, but the course has none"),
      result.stderr)
    XCTAssertEqual(result.stderr.components(separatedBy: ": error: ").count, 2, "the mention is no error")
  }
}
