import Markdown
import XCTest

@testable import MLBook

/// The `.bib` parser (value syntaxes, macros, LaTeX decoding, names, located errors) and the
/// citation formatter (both styles, every citation form, reference-list entries).
final class BibTeXTests: XCTestCase {
  // MARK: Helpers

  private func parse(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> Bibliography {
    do {
      return try Bibliography.parse(source)
    } catch {
      XCTFail("unexpected error \(error)", file: file, line: line)
      return Bibliography()
    }
  }

  private func entry(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> BibEntry? {
    let bibliography = parse(source, file: file, line: line)
    XCTAssertEqual(bibliography.keys.count, 1, file: file, line: line)
    return bibliography.keys.first.flatMap { bibliography.entries[$0] }
  }

  /// The decoded `title` of a one-field entry whose title is written `value`.
  private func decoded(_ value: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
    entry("@misc{k, title = {\(value)}}", file: file, line: line)?.title
  }

  private func parseError(_ source: String) -> BibTeXError? {
    do {
      _ = try Bibliography.parse(source)
      return nil
    } catch {
      return error
    }
  }

  /// A citation as the Markdown parser gives it: `[@a; @b]`, or a bare `@a` when `narrative`.
  private func cite(
    _ keys: String..., prefix: String = "", locator: String = "", suppressesAuthor: Bool = false,
    narrative: Bool = false
  ) -> Citation {
    Citation(
      items: keys.map { Citation.Item(key: $0, prefix: prefix, locator: locator, suppressesAuthor: suppressesAuthor) },
      isBracketed: !narrative, source: "", position: SourcePosition(line: 1, column: 1))
  }

  private func name(_ raw: String) -> PersonName? { PersonName(parsing: raw) }

  private static let sample = """
    @inproceedings{lin2017focal,
      author = {Lin, Tsung-Yi and Goyal, Priya and Girshick, Ross and He, Kaiming and Doll{\\'a}r, Piotr},
      title = {Focal Loss for Dense Object Detection},
      booktitle = {Proceedings of the IEEE International Conference on Computer Vision},
      pages = {2980--2988},
      year = {2017},
      publisher = {IEEE},
      doi = {10.1109/ICCV.2017.324}
    }
    @inproceedings{ioffe2015batch,
      author = {Ioffe, Sergey and Szegedy, Christian},
      title = {Batch Normalization},
      booktitle = {Proceedings of the 32nd International Conference on Machine Learning},
      volume = {37}, pages = {448--456}, year = {2015}, publisher = {PMLR},
      url = {https://proceedings.mlr.press/v37/ioffe15.html}
    }
    @book{goodfellow2016deep,
      author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},
      title = {Deep Learning}, publisher = {MIT Press}, year = 2016,
      url = {https://www.deeplearningbook.org}
    }
    @book{huber1981robust, author = {Huber, Peter J.}, title = {Robust Statistics}, publisher = {Wiley}, year = 1981}
    @article{ba2016layer,
      author = {Ba, Jimmy Lei and Kiros, Jamie Ryan and Hinton, Geoffrey E.},
      title = {Layer Normalization}, journal = {arXiv preprint}, year = 2016
    }
    @misc{ba2016arxiv,
      author = {Ba, Jimmy Lei and Kiros, Jamie Ryan and Hinton, Geoffrey E.},
      title = {Layer Normalization}, year = 2016, eprint = {1607.06450}, archiveprefix = {arXiv}
    }
    @article{hoerl1970ridge,
      author = {Hoerl, Arthur E. and Kennard, Robert W.},
      title = {Ridge Regression: Biased Estimation for Nonorthogonal Problems},
      journal = {Technometrics}, volume = 12, number = 1, pages = {55--67}, year = 1970,
      doi = {https://doi.org/10.1080/00401706.1970.10488634}
    }
    @misc{who, author = {{World Health Organization}}, title = {Report}}
    @article{santurkar2018how,
      author = {Santurkar, Shibani and Tsipras, Dimitris and others},
      title = {How Does Batch Normalization Help Optimization?}, journal = {Advances}, year = 2018
    }
    """

  /// Another "Lin et al., 2017", for year suffixes.
  private static let linAgain = """
    @article{lin2017b, author = {Lin, A. and Zhu, B. and Wu, C.}, title = {Another Study}, journal = {J}, year = 2017}
    """

  private func formatter(_ style: CitationStyle, extra: String = "") -> CitationFormatter {
    CitationFormatter(style: style, bibliography: parse(Self.sample + "\n" + extra))
  }

  // MARK: Values

  func testValueSyntaxes() {
    let e = entry(
      """
      @Article{Key1,
        Title = {Nested {braces} {{deep}}},
        JOURNAL = "Quoted {with "inner" quotes} here",
        year = 2017,
        volume = "12",
      }
      """)
    XCTAssertEqual(e?.key, "Key1")
    XCTAssertEqual(e?.type, "article")
    XCTAssertEqual(e?.fields["title"], "Nested braces deep")
    XCTAssertEqual(e?.rawFields["title"], "Nested {braces} {{deep}}")
    XCTAssertEqual(e?.fields["journal"], "Quoted with \"inner\" quotes here")
    XCTAssertEqual(e?.year, "2017")
    XCTAssertEqual(e?.fields["volume"], "12")
    XCTAssertEqual(e?.line, 1)
  }

  func testStringMacrosConcatenationAndMonths() {
    let e = entry(
      """
      @String{icml = "Proceedings of the International Conference on Machine Learning"}
      @STRING(pre = {Proc. })
      @preamble{ "\\newcommand{\\noop}[1]{}" }
      @inproceedings{k,
        booktitle = pre # icml # { 2015},
        month = jul,
        note = "a" # {b} # 3 # ICML,
      }
      """)
    XCTAssertEqual(e?.fields["booktitle"], "Proc. Proceedings of the International Conference on Machine Learning 2015")
    XCTAssertEqual(e?.fields["month"], "July")
    XCTAssertEqual(e?.fields["note"], "ab3Proceedings of the International Conference on Machine Learning")
  }

  func testCommentsJunkAndParentheses() {
    let bibliography = parse(
      """
      This is junk text outside entries, e-mail me at someone@example.com.
      % a percent comment, mentioning @misc without braces
      @comment{ @article{hidden, title = {no}} }
      @Comment this line is a bare comment
      @article(paren2017,
        title = {Parenthesised (entry)},
        year = 2017
      )
      more junk } between { entries
      @misc{after, title = "T"}
      """)
    XCTAssertEqual(bibliography.keys, ["paren2017", "after"])
    XCTAssertNil(bibliography.entries["hidden"])
    XCTAssertEqual(bibliography.entries["paren2017"]?.title, "Parenthesised (entry)")
    XCTAssertEqual(bibliography.entries["paren2017"]?.line, 5)
    XCTAssertEqual(bibliography.entries["after"]?.line, 10)
  }

  func testEntryWithoutFields() {
    XCTAssertEqual(entry("@misc{lonely}")?.key, "lonely")
  }

  // MARK: LaTeX decoding

  func testAccents() {
    XCTAssertEqual(decoded("Schr{\\\"o}dinger"), "Schrödinger")
    XCTAssertEqual(decoded("Schr\\\"odinger"), "Schrödinger")
    XCTAssertEqual(decoded("Schr\\\"{o}dinger"), "Schrödinger")
    XCTAssertEqual(decoded("Ap{\\'e}ritif \\'{e}t\\'e"), "Apéritif été")
    XCTAssertEqual(decoded("\\`a la \\^ot\\~n"), "à la ôtñ")
    XCTAssertEqual(decoded("\\=a \\.z \\u{g} \\H{o} \\k{a} \\r{a}"), "ā ż ğ ő ą å")
    XCTAssertEqual(decoded("Gar\\c{c}on Fran\\c cais"), "Garçon Français")
    XCTAssertEqual(decoded("\\v{C}ech \\v{c}"), "Čech č")
    XCTAssertEqual(decoded("Espa\\~{n}a"), "España")
    XCTAssertEqual(decoded("Sto\\ss{}el Stra{\\ss}e Stra\\ss e"), "Stoßel Straße Straße")
    XCTAssertEqual(decoded("{\\o}{\\O}{\\aa}{\\AA}{\\ae}{\\AE}{\\oe}"), "øØåÅæÆœ")
    XCTAssertEqual(decoded("{\\L}ukasz Wroc{\\l}aw"), "Łukasz Wrocław")
    XCTAssertEqual(decoded("Mart{\\'\\i}n \\'{\\i} {\\i}{\\j}"), "Martín í ıȷ")
    // NFC: the decoded ö is the single precomposed scalar.
    XCTAssertEqual(decoded("{\\\"o}")?.unicodeScalars.count, 1)
  }

  func testEscapesDashesQuotesAndSpaces() {
    XCTAssertEqual(decoded("A \\& B \\% C \\$ D \\# E \\_ F \\{x\\}"), "A & B % C $ D # E _ F {x}")
    XCTAssertEqual(decoded("pp.~2--3 --- yes - no"), "pp.\u{00A0}2–3 — yes - no")
    XCTAssertEqual(decoded("``quoted'' text"), "“quoted” text")
    XCTAssertEqual(decoded("{B}ayes and {GAN}s"), "Bayes and GANs")
    XCTAssertEqual(decoded("\\textit{x} \\emph{y} \\textbf{z}"), "x y z")
    XCTAssertEqual(decoded("The $\\ell_1$ norm"), "The \\ell_1 norm")
    XCTAssertEqual(decoded("  many\n   spaces\t here  "), "many spaces here")
  }

  func testVerbatimFieldsAreNotDecoded() {
    let e = entry("@misc{k, url = {https://example.com/~me/a--b_c}, doi = {10.1000/x\\_y}}")
    XCTAssertEqual(e?.url, "https://example.com/~me/a--b_c")
    XCTAssertEqual(e?.doi, "10.1000/x_y")
  }

  // MARK: Names

  func testNameForms() {
    let first = name("Tsung-Yi Lin")
    XCTAssertEqual(first?.given, "Tsung-Yi")
    XCTAssertEqual(first?.family, "Lin")
    XCTAssertEqual(first?.initials, "T.-Y.")
    let von = name("Laurens van der Maaten")
    XCTAssertEqual(von?.particle, "van der")
    XCTAssertEqual(von?.family, "Maaten")
    XCTAssertEqual(von?.last, "van der Maaten")
    XCTAssertEqual(von?.initials, "L.")
    let comma = name("van der Maaten, Laurens")
    XCTAssertEqual(comma?.last, "van der Maaten")
    XCTAssertEqual(comma?.given, "Laurens")
    let jr = name("King, Jr, Martin Luther")
    XCTAssertEqual(jr?.family, "King")
    XCTAssertEqual(jr?.suffix, "Jr")
    XCTAssertEqual(jr?.given, "Martin Luther")
    XCTAssertEqual(jr?.initials, "M. L.")
    let hinton = name("Hinton, Geoffrey E.")
    XCTAssertEqual(hinton?.initials, "G. E.")
    let accented = name("Piotr Doll{\\'a}r")
    XCTAssertEqual(accented?.family, "Dollár")
    let braced = name("{World Health Organization}")
    XCTAssertEqual(braced?.family, "World Health Organization")
    XCTAssertEqual(braced?.isInstitution, true)
    XCTAssertEqual(name("de la Fontaine, Jean")?.particle, "de la")
    XCTAssertEqual(name("Ludwig van Beethoven")?.last, "van Beethoven")
  }

  func testAuthorListSplitting() {
    let e = entry(
      """
      @book{k,
        author = {{Barnes and Noble} AND Lin, Tsung-Yi and M{\\"u}ller, Rafael and Zou, Hui and others},
        editor = {Ann Editor and Bob Editor}
      }
      """)
    XCTAssertEqual(e?.authors.map(\.last), ["Barnes and Noble", "Lin", "Müller", "Zou"])
    XCTAssertEqual(e?.authors.first?.isInstitution, true)
    XCTAssertEqual(e?.hasMoreAuthors, true)
    XCTAssertEqual(e?.editors.map(\.last), ["Editor", "Editor"])
    XCTAssertEqual(e?.editors.map(\.given), ["Ann", "Bob"])
    // "and" inside a word is not a separator.
    XCTAssertEqual(PersonName.list("Anderson, Sandra and Band, Ann").names.map(\.last), ["Anderson", "Band"])
  }

  func testSortKeyIgnoresAccentsAndCase() {
    XCTAssertEqual(name("M{\\\"u}ller, Rafael")?.sortKey, name("muller, rafael")?.sortKey)
    XCTAssertLessThan(name("Ba, Jimmy")!.sortKey, name("Belkin, Mikhail")!.sortKey)
  }

  // MARK: Errors

  func testUnterminatedEntry() {
    let error = parseError("@article{open,\n  title = {T},\n  year = 2017\n")
    XCTAssertEqual(error?.line, 1)
    XCTAssertEqual(error?.column, 1)
    XCTAssertEqual(error?.message, "entry `open` is not closed with `}`")
    let beforeNext = parseError("\n  @article{a, title = {T}\n@book{b, title = {U}}")
    XCTAssertEqual(beforeNext?.line, 2)
    XCTAssertEqual(beforeNext?.column, 3)
    XCTAssertEqual(beforeNext?.message, "entry `a` is not closed with `}` before the next entry")
  }

  func testUnbalancedBraceAndQuote() {
    let brace = parseError("@article{x,\n  title = {Unclosed {brace,\n  year = 2017\n}\n")
    XCTAssertEqual(brace?.line, 2)
    XCTAssertEqual(brace?.column, 11)
    XCTAssertEqual(brace?.message, "unbalanced `{` in field `title` of entry `x`")
    let quote = parseError("@article{x,\n  journal = \"No end\n")
    XCTAssertEqual(quote?.line, 2)
    XCTAssertEqual(quote?.column, 13)
    XCTAssertEqual(quote?.message, "unterminated `\"` in field `journal` of entry `x`")
    // A `}` at depth 0 inside quotes means the quote was never closed.
    let runaway = parseError("@article{x,\n  journal = \"No end}\n")
    XCTAssertEqual(runaway?.line, 2)
    XCTAssertEqual(runaway?.column, 13)
    XCTAssertEqual(runaway?.message, "unterminated `\"` in field `journal` of entry `x`")
  }

  func testUnclosedValueThatSwallowedTheEntryIsBlamed() {
    let source = "@article{a,\n  title = {Focal Loss,\n  year = 2017\n}\n\n@book{b, title = {U}}\n"
    let error = parseError(source)
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(error?.column, 11)
    XCTAssertEqual(error?.message, "unbalanced `{` in field `title` of entry `a`")
    // A multi-line value without field-like lines is not blamed: the entry is.
    let plain = parseError("@article{a,\n  abstract = {Line one\n  line two}\n@book{b}")
    XCTAssertEqual(plain?.line, 1)
    XCTAssertEqual(plain?.message, "entry `a` is not closed with `}` before the next entry")
  }

  func testDuplicateKey() {
    let error = parseError("% refs\n\n@article{lin2017focal, year = 2017}\n@misc{ lin2017focal, year = 2018}")
    XCTAssertEqual(error?.line, 4)
    XCTAssertEqual(error?.column, 8)
    XCTAssertEqual(error?.message, "entry `lin2017focal` is defined twice (first on line 3)")
  }

  func testUnknownStringMacro() {
    let error = parseError("@string{known = {K}}\n@article{x, journal = known # nips}")
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(error?.column, 31)
    XCTAssertEqual(error?.message, "unknown `@string` `nips` in field `journal` of entry `x`")
  }

  func testMissingCommaAndEquals() {
    let comma = parseError("@article{x,\n  title = {T}\n  year = 2017\n}")
    XCTAssertEqual(comma?.line, 2)
    XCTAssertEqual(comma?.column, 14)
    XCTAssertEqual(comma?.message, "missing `,` after field `title` in entry `x`")
    let equals = parseError("@article{x,\n  title {T}\n}")
    XCTAssertEqual(equals?.line, 2)
    XCTAssertEqual(equals?.column, 8)
    XCTAssertEqual(equals?.message, "missing `=` after field `title` in entry `x`")
    let afterKey = parseError("@article{x\n  title = {T}}")
    XCTAssertEqual(afterKey?.line, 1)
    XCTAssertEqual(afterKey?.column, 11)
    XCTAssertEqual(afterKey?.message, "missing `,` after the key in entry `x`")
  }

  func testStrayAtSignAndMissingKey() {
    let stray = parseError("Ask @home for help.\n@misc{k}")
    XCTAssertEqual(stray?.line, 1)
    XCTAssertEqual(stray?.column, 11)
    XCTAssertEqual(stray?.message, "expected `{` or `(` after `@home`")
    let noKey = parseError("@book{, title = {T}}")
    XCTAssertEqual(noKey?.column, 7)
    XCTAssertEqual(noKey?.message, "expected a citation key after `@book{`")
  }

  func testColumnsCountUTF8Bytes() {
    let error = parseError("% Müller\n@misc{k, note = {é} # nope}")
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(error?.column, 24)
    let ascii = parseError("@misc{k, note = {e} # nope}")
    XCTAssertEqual(ascii?.column, 23)
  }

  // MARK: Author–year citations

  func testAuthorYearParenthetical() {
    var f = formatter(.authorYear)
    XCTAssertEqual(f.cite(cite("goodfellow2016deep")).plainText, "(Goodfellow et al., 2016)")
    XCTAssertEqual(f.cite(cite("huber1981robust")).plainText, "(Huber, 1981)")
    XCTAssertEqual(f.cite(cite("ioffe2015batch")).plainText, "(Ioffe and Szegedy, 2015)")
    XCTAssertEqual(
      f.cite(cite("lin2017focal")),
      [.text("("), .reference(key: "lin2017focal", text: "Lin et al., 2017"), .text(")")])
    let two = cite("lin2017focal", "ioffe2015batch")
    XCTAssertEqual(f.cite(two).plainText, "(Lin et al., 2017; Ioffe and Szegedy, 2015)")
    XCTAssertEqual(
      f.cite(cite("lin2017focal", locator: "p. 3")),
      [.text("("), .reference(key: "lin2017focal", text: "Lin et al., 2017"), .text(", p. 3)")])
    XCTAssertEqual(
      f.cite(cite("lin2017focal", prefix: "see")),
      [.text("(see "), .reference(key: "lin2017focal", text: "Lin et al., 2017"), .text(")")])
    XCTAssertEqual(
      f.cite(cite("lin2017focal", suppressesAuthor: true)),
      [.text("("), .reference(key: "lin2017focal", text: "2017"), .text(")")])
    XCTAssertEqual(f.cite(cite("santurkar2018how")).plainText, "(Santurkar et al., 2018)")
  }

  func testAuthorYearNarrative() {
    var f = formatter(.authorYear)
    XCTAssertEqual(
      f.cite(cite("lin2017focal", narrative: true)), [.reference(key: "lin2017focal", text: "Lin et al. (2017)")])
    XCTAssertEqual(f.cite(cite("ioffe2015batch", narrative: true)).plainText, "Ioffe and Szegedy (2015)")
    XCTAssertEqual(f.cite(cite("huber1981robust", narrative: true)).plainText, "Huber (1981)")
  }

  func testYearSuffixesNoDateAndInstitutions() {
    var f = formatter(.authorYear, extra: Self.linAgain)
    // ba2016arxiv and ba2016layer: same authors, same year, same title → ordered by key.
    XCTAssertEqual(f.cite(cite("ba2016layer")).plainText, "(Ba et al., 2016b)")
    XCTAssertEqual(f.cite(cite("ba2016arxiv")).plainText, "(Ba et al., 2016a)")
    // Lin et al. 2017 twice: "Another Study" sorts before "Focal Loss …".
    XCTAssertEqual(f.cite(cite("lin2017focal")).plainText, "(Lin et al., 2017b)")
    XCTAssertEqual(f.cite(cite("lin2017b")).plainText, "(Lin et al., 2017a)")
    XCTAssertEqual(f.cite(cite("who")).plainText, "(World Health Organization, n.d.)")
    XCTAssertEqual(f.cite(cite("who", narrative: true)).plainText, "World Health Organization (n.d.)")
    let refs = f.references()
    XCTAssertEqual(refs.first { $0.key == "lin2017focal" }?.spans.markdown.contains("(2017b)."), true)
  }

  func testUnknownKeys() {
    var f = formatter(.authorYear)
    XCTAssertTrue(f.contains("lin2017focal"))
    XCTAssertFalse(f.contains("nobody2020"))
    let citation = cite("nobody2020", "huber1981robust")
    XCTAssertEqual(f.unknownKeys(in: citation), ["nobody2020"])
    XCTAssertEqual(f.cite(citation).plainText, "(nobody2020?; Huber, 1981)")
    XCTAssertEqual(f.citedKeys, ["huber1981robust"])
  }

  // MARK: Numeric citations

  func testNumeric() {
    var f = formatter(.numeric)
    XCTAssertEqual(
      f.cite(cite("ioffe2015batch")), [.text("["), .reference(key: "ioffe2015batch", text: "1"), .text("]")])
    XCTAssertEqual(f.cite(cite("lin2017focal")).plainText, "[2]")
    XCTAssertEqual(f.cite(cite("ioffe2015batch")).plainText, "[1]")
    let pair = cite("huber1981robust", "ioffe2015batch")
    XCTAssertEqual(
      f.cite(pair),
      [
        .text("["), .reference(key: "ioffe2015batch", text: "1"), .text(", "),
        .reference(key: "huber1981robust", text: "3"), .text("]"),
      ])
    XCTAssertEqual(f.cite(cite("lin2017focal", locator: "p. 3")).plainText, "[2, p. 3]")
    XCTAssertEqual(f.cite(cite("lin2017focal", prefix: "see")).plainText, "[see 2]")
    XCTAssertEqual(
      f.cite(cite("lin2017focal", narrative: true)),
      [.text("Lin et al. ["), .reference(key: "lin2017focal", text: "2"), .text("]")])
    XCTAssertEqual(f.cite(cite("ioffe2015batch", narrative: true)).plainText, "Ioffe and Szegedy [1]")
    let refs = f.references()
    XCTAssertEqual(refs.map(\.key), ["ioffe2015batch", "lin2017focal", "huber1981robust"])
    XCTAssertEqual(refs.map(\.label), ["[1]", "[2]", "[3]"])
  }

  // MARK: Reference lists

  func testReferenceOrderAuthorYear() {
    var f = formatter(.authorYear, extra: Self.linAgain)
    for key in ["lin2017focal", "ioffe2015batch", "ba2016layer", "hoerl1970ridge", "goodfellow2016deep", "lin2017b"] {
      _ = f.cite(cite(key))
    }
    let refs = f.references()
    XCTAssertEqual(
      refs.map(\.key),
      ["ba2016layer", "goodfellow2016deep", "hoerl1970ridge", "ioffe2015batch", "lin2017b", "lin2017focal"])
    XCTAssertTrue(refs.allSatisfy { $0.label == nil })
  }

  func testReferenceInproceedings() {
    var f = formatter(.authorYear)
    _ = f.cite(cite("lin2017focal"))
    _ = f.cite(cite("ioffe2015batch"))
    let refs = f.references()
    XCTAssertEqual(
      refs.first { $0.key == "lin2017focal" }?.spans,
      [
        .text(
          "Lin, T.-Y., Goyal, P., Girshick, R., He, K., & Dollár, P. (2017). Focal Loss for Dense Object Detection. In "
        ),
        .emphasis("Proceedings of the IEEE International Conference on Computer Vision"),
        .text(" (pp. 2980–2988). IEEE. "),
        .link(text: "https://doi.org/10.1109/ICCV.2017.324", url: "https://doi.org/10.1109/ICCV.2017.324"),
      ])
    XCTAssertEqual(
      refs.first { $0.key == "ioffe2015batch" }?.spans.markdown,
      "Ioffe, S., & Szegedy, C. (2015). Batch Normalization. In *Proceedings of the 32nd International Conference on "
        + "Machine Learning* (Vol. 37, pp. 448–456). PMLR. <https://proceedings.mlr.press/v37/ioffe15.html>")
  }

  func testReferenceArticleBookAndArXiv() {
    var f = formatter(.authorYear)
    for key in ["hoerl1970ridge", "goodfellow2016deep", "ba2016arxiv", "santurkar2018how", "who", "huber1981robust"] {
      _ = f.cite(cite(key))
    }
    let refs = Dictionary(uniqueKeysWithValues: f.references().map { ($0.key, $0.spans) })
    XCTAssertEqual(
      refs["hoerl1970ridge"],
      [
        .text(
          "Hoerl, A. E., & Kennard, R. W. (1970). Ridge Regression: Biased Estimation for Nonorthogonal Problems. "),
        .emphasis("Technometrics"), .text(", "), .emphasis("12"), .text("(1), 55–67. "),
        .link(
          text: "https://doi.org/10.1080/00401706.1970.10488634", url: "https://doi.org/10.1080/00401706.1970.10488634"),
      ])
    XCTAssertEqual(
      refs["goodfellow2016deep"]?.markdown,
      "Goodfellow, I., Bengio, Y., & Courville, A. (2016). *Deep Learning*. MIT Press. <https://www.deeplearningbook.org>"
    )
    XCTAssertEqual(refs["huber1981robust"]?.markdown, "Huber, P. J. (1981). *Robust Statistics*. Wiley.")
    XCTAssertEqual(
      refs["ba2016arxiv"]?.markdown,
      "Ba, J. L., Kiros, J. R., & Hinton, G. E. (2016a). *Layer Normalization*. arXiv:1607.06450. "
        + "<https://arxiv.org/abs/1607.06450>")
    // A title ending in `?` gets no extra period; `and others` lists "et al.".
    XCTAssertEqual(
      refs["santurkar2018how"]?.markdown,
      "Santurkar, S., Tsipras, D., et al. (2018). How Does Batch Normalization Help Optimization? *Advances*.")
    XCTAssertEqual(refs["who"]?.markdown, "World Health Organization. (n.d.). *Report*.")
  }

  func testReferenceThesisReportAndTitlePunctuation() {
    let bibliography = parse(
      """
      @phdthesis{thesis, author = {Doe, Jane}, title = {On Things}, school = {MIT}, year = 2001}
      @techreport{report, author = {Roe, R.}, title = {A Report}, institution = {Bell Labs}, number = 7, year = 1990}
      @article{dotted, author = {Poe, E.}, title = {Ends with a period.}, journal = {J}, year = 1999,
        url = {https://example.com/p}}
      @incollection{chapter, author = {Moe, M.}, title = {A Chapter}, booktitle = {The Book},
        editor = {Bach, Francis and Blei, David and Jordan, Michael I.}, pages = {5}, publisher = {Springer}, year = 2003}
      """)
    var f = CitationFormatter(style: .authorYear, bibliography: bibliography)
    for key in bibliography.keys { _ = f.cite(cite(key)) }
    let refs = Dictionary(uniqueKeysWithValues: f.references().map { ($0.key, $0.spans.markdown) })
    XCTAssertEqual(refs["thesis"], "Doe, J. (2001). *On Things* [Doctoral dissertation, MIT].")
    XCTAssertEqual(refs["report"], "Roe, R. (1990). *A Report* (Technical Report No. 7). Bell Labs.")
    XCTAssertEqual(refs["dotted"], "Poe, E. (1999). Ends with a period. *J*. <https://example.com/p>")
    XCTAssertEqual(
      refs["chapter"],
      "Moe, M. (2003). A Chapter. In F. Bach, D. Blei, & M. I. Jordan (Eds.), *The Book* (p. 5). Springer.")
  }

  func testTwentyOneAuthorsAreElided() {
    let names = (1...21).map { "Author\($0), A." }.joined(separator: " and ")
    let bibliography = parse("@misc{many, author = {\(names)}, title = {Big}, year = 2020}")
    var f = CitationFormatter(style: .authorYear, bibliography: bibliography)
    XCTAssertEqual(f.cite(cite("many")).plainText, "(Author1 et al., 2020)")
    let text = f.references().first?.spans.markdown ?? ""
    XCTAssertTrue(text.hasPrefix("Author1, A., Author2, A.,"))
    XCTAssertTrue(text.contains("Author19, A., … Author21, A. (2020)."))
    XCTAssertFalse(text.contains("Author20,"))
  }

  func testPageRanges() {
    XCTAssertEqual(CitationFormatter.pageRange("2980–2988"), "2980–2988")
    XCTAssertEqual(CitationFormatter.pageRange("55-67"), "55–67")
    XCTAssertEqual(CitationFormatter.pageRange("e1001"), "e1001")
  }
}
