import Foundation
import XCTest

@testable import MLMath

/// `loadtxt`, `genfromtxt` and `readCSV`: NumPy's results for the reference inputs of
/// `scripts/reference/datasets.py` (with `ndmin=2`, MLMath's shapes), NumPy's raises met by
/// a thrown `CSVError` that names the line, and the CSV features NumPy lacks (quoting, named
/// columns, labels).
final class IOReadingTests: XCTestCase {
  nonisolated(unsafe) static let reading: [[String: Any]] = {
    (try? ReferenceFixture.load("datasets")["reading"] as? [[String: Any]]) ?? []
  }()

  /// The thrown error's text, or "no error".
  func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  /// A fresh temporary file holding `text`.
  func temporaryFile(_ text: String, name: String = "data.csv") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mlmath-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func testReferenceCases() throws {
    XCTAssertEqual(Self.reading.count, 23)
    for c in Self.reading {
      let function = c["function"] as! String
      let lines = c["lines"] as! [String]
      let kw = c["kwargs"] as! [String: Any]
      let delimiter = (kw["delimiter"] as? String).map { Character($0) }
      let comments = (kw["comments"] as? String) ?? "#"
      let usecols = (kw["usecols"] as? [NSNumber])?.map(\.intValue)
      let maxRows = (kw["max_rows"] as? NSNumber)?.intValue
      let read = {
        function == "loadtxt"
          ? try loadtxt(
            lines, delimiter: delimiter, comments: comments, skiprows: (kw["skiprows"] as? NSNumber)?.intValue ?? 0,
            usecols: usecols, maxRows: maxRows)
          : try genfromtxt(
            lines, delimiter: delimiter, comments: comments,
            skipHeader: (kw["skip_header"] as? NSNumber)?.intValue ?? 0,
            skipFooter: (kw["skip_footer"] as? NSNumber)?.intValue ?? 0, usecols: usecols,
            missingValues: kw["missing_values"] as? [String] ?? [],
            fillingValue: (kw["filling_values"] as? NSNumber)?.doubleValue ?? .nan, maxRows: maxRows)
      }
      if c["error"] != nil {
        XCTAssertThrowsError(try read(), "\(function) \(lines) \(kw) should throw like NumPy: \(c["message"]!)") {
          XCTAssertTrue($0 is CSVError, "\($0)")
        }
      } else {
        let x = try read()
        let expected = DatasetsGeneratorTests.matrix(c["result"])
        XCTAssertEqual(x.rows, expected.rows, "\(function) \(lines) \(kw)")
        XCTAssertEqual(x.columns, expected.columns, "\(function) \(lines) \(kw)")
        XCTAssertEqual(
          x.elements.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern },
          expected.elements.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern }, "\(function) \(lines) \(kw)")
      }
    }
  }

  func testErrorsNameTheLine() throws {
    XCTAssertEqual(
      message { try loadtxt(["1,2", "3,x"], delimiter: ",") },
      "<lines>:2: could not convert string 'x' to float64 at row 1, column 1 (counting from 0)")
    XCTAssertEqual(
      message { try loadtxt(["# a", "", "1,2", "3,4,5"], delimiter: ",") },
      "<lines>:4: the number of columns changed from 2 to 3 at row 1; use `usecols` to select a subset and avoid this error"
    )
    XCTAssertEqual(
      message { try loadtxt(["1,2", "3"], delimiter: ",", usecols: [1]) },
      "<lines>:2: invalid column index 1 at row 1 with 1 columns")
    XCTAssertEqual(
      message { try loadtxt(["1,2"], delimiter: ",", usecols: [-1]) },
      "<lines>: loadtxt: usecols holds -1, but MLMath does not count from the end (write the column's index from 0)")
    XCTAssertEqual(
      message { try genfromtxt(["1,2", "3,oops"], delimiter: ",") },
      "<lines>:2: could not convert string 'oops' to float64 at row 1, column 1 (counting from 0)")
    XCTAssertEqual(
      message { try genfromtxt(["1", "2"], skipFooter: 1, maxRows: 1) },
      "<lines>: The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.")
    XCTAssertEqual(
      message { try loadtxt(["1,2"], delimiter: "\"") },
      "<lines>: loadtxt: the delimiter cannot be a quote or a line break (got \"\\\"\")")
    XCTAssertEqual(
      message { try loadtxt(["1"], skiprows: -1) }, "<lines>: loadtxt: the lines to skip must be ≥ 0 (got -1)")
    XCTAssertEqual(message { try loadtxt(["1"], maxRows: -1) }, "<lines>: loadtxt: maxRows must be ≥ 0 (got -1)")
  }

  func testFilesAndTheirErrors() throws {
    let path = try temporaryFile("# exam,homework\r\n71.5,80\r\n64,92.25\r\n")
    XCTAssertEqual(try loadtxt(path, delimiter: ","), Matrix([[71.5, 80], [64, 92.25]]))
    XCTAssertEqual(try genfromtxt(path, delimiter: ","), Matrix([[71.5, 80], [64, 92.25]]))
    let bad = try temporaryFile("1,2\r3,x\r")
    XCTAssertEqual(
      message { try loadtxt(bad, delimiter: ",") },
      "\(bad):2: could not convert string 'x' to float64 at row 1, column 1 (counting from 0)")
    XCTAssertEqual(message { try loadtxt("/nonexistent/data.csv") }, "/nonexistent/data.csv: no such file")
    let directory = (path as NSString).deletingLastPathComponent
    XCTAssertEqual(message { try loadtxt(directory) }, "\(directory): is a directory")
    let latin1 = try temporaryFile("caf\u{E9}")
    try Data([0x63, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: latin1))
    XCTAssertEqual(message { try readCSV(latin1) }, "\(latin1): the file is not UTF-8 text")
    let bom = try temporaryFile("\u{FEFF}a,b\n1,2\n")
    XCTAssertEqual(try readCSV(bom).columnNames, ["a", "b"])
  }

  func testQuotedFields() throws {
    let table = try readCSV([
      "name,comment,score", "\"Smith, J\",\"said \"\"hi\"\"\",3.5", "Lee,\"two", "lines\",4", "Kim,plain,5",
    ])
    XCTAssertEqual(try table.strings("name"), ["Smith, J", "Lee", "Kim"])
    XCTAssertEqual(try table.strings("comment"), ["said \"hi\"", "two\nlines", "plain"])
    XCTAssertEqual(try table.column("score"), Vector([3.5, 4, 5]))
    XCTAssertEqual(table.lines, [2, 3, 5])
    XCTAssertEqual(try loadtxt(["\"1.5\",2"], delimiter: ","), Matrix([[1.5, 2]]))
  }

  func testBadQuotes() {
    XCTAssertEqual(
      message { try readCSV(["a,b", "1,2", "x\"y,3"]) },
      "<lines>:3: a quote inside an unquoted field, or text after a closing quote (write a quoted field as \"…\", with any quote inside it doubled)"
    )
    XCTAssertEqual(
      message { try readCSV(["a,b", "1,\"2", "3,4"]) },
      "<lines>:2: a quoted field is never closed (its closing \" is missing)")
  }

  func testWhitespaceAndComments() throws {
    XCTAssertEqual(
      try loadtxt(["  1\t 2   3  # note", "", "# only a comment", "4 5 6"]), Matrix([[1, 2, 3], [4, 5, 6]]))
    XCTAssertEqual(try loadtxt(["1 # 2", "3 # 4"], comments: nil, usecols: [0]), Matrix([[1], [3]]))
    XCTAssertEqual(try readCSV(["a,b", "1,\"x # y\" # note"], comments: "#").strings("b"), ["x # y"])
    XCTAssertEqual(try loadtxt([String](), delimiter: ",").shape.rows, 0)
    XCTAssertEqual(try loadtxt(["# nothing"], usecols: [0, 1]).shape.columns, 2)
  }

  func testTable() throws {
    let table = try readCSV([
      "sepal_length, sepal_width ,species", "5.1,3.5,setosa", "7.0,NA,versicolor", "6.3,,virginica", "4.9,3.0,setosa",
    ])
    XCTAssertEqual(table.columnNames, ["sepal_length", "sepal_width", "species"])
    XCTAssertEqual(table.shape.rows, 4)
    XCTAssertEqual(table.shape.columns, 3)
    XCTAssertEqual(try table.column("sepal_length"), Vector([5.1, 7.0, 6.3, 4.9]))
    let width = try table.column("sepal_width")
    XCTAssertEqual(width[0], 3.5)
    XCTAssertTrue(width[1].isNaN && width[2].isNaN)
    XCTAssertEqual(try table.column(at: 0), try table.column("sepal_length"))
    let (codes, classes) = try table.labelCodes("species")
    XCTAssertEqual(codes, [0, 1, 2, 0])
    XCTAssertEqual(classes, ["setosa", "versicolor", "virginica"])
    XCTAssertEqual(try table.matrix(["sepal_length"]), Matrix([[5.1], [7.0], [6.3], [4.9]]))
    XCTAssertEqual(
      message { try table.matrix() },
      "<lines>:2: could not convert string 'setosa' to float64 at row 0, column 2 'species' (counting from 0)")
    XCTAssertEqual(
      message { try table.column("petal") },
      "<lines>: no column named 'petal' (the columns are 'sepal_length', 'sepal_width', 'species')")
    XCTAssertEqual(
      message { try table.column(at: 3) },
      "<lines>: column index 3 is out of bounds for a table of 3 columns (valid: 0..<3)")
    XCTAssertEqual(
      message { try readCSV(["a,b", "1,2", "3"]) },
      "<lines>:3: the number of columns changed from 2 to 1 at row 1 (the header names 2)")
    XCTAssertEqual(message { try readCSV([String]()) }, "<lines>: readCSV: no header row (the file has no data lines)")
    XCTAssertEqual(try readCSV(["1 2", "3 4"], delimiter: nil, header: false).columnNames, ["0", "1"])
    XCTAssertEqual(
      table.description,
      """
         sepal_length  sepal_width     species
      0           5.1          3.5      setosa
      1           7.0           NA  versicolor
      2           6.3                virginica
      3           4.9          3.0      setosa

      [4 rows x 3 columns]
      """)
    let long = try readCSV(["x"] + (0..<30).map(String.init))
    XCTAssertTrue(long.description.contains("...") && long.description.hasSuffix("[30 rows x 1 columns]"))
  }

  func testNumberSyntax() {
    let accepted: [(String, Double)] = [
      ("1", 1), (" 2.5 ", 2.5), ("+.5e-3", 0.0005), ("5.", 5), ("0005", 5), ("1E+308", 1e308), ("1e309", .infinity),
      ("-1e-400", -0.0), ("INF", .infinity), ("-Infinity", -.infinity), ("4.9e-324", 5e-324),
    ]
    for (text, value) in accepted {
      XCTAssertEqual(parseNumPyFloat(text[...])?.bitPattern, value.bitPattern, text)
    }
    XCTAssertTrue(parseNumPyFloat("-nan")!.isNaN)
    XCTAssertEqual(parseNumPyFloat("-nan")!.sign, .plus)
    for text in ["", ".", "e5", "1e", "1.5d3", "0x10", "1_0", "1 5", "++1", "nan(1)", "٣", "inf5"] {
      XCTAssertNil(parseNumPyFloat(text[...]), text)
    }
  }
}
