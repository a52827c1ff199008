// A stand-alone driver compiled together with Sources/TeX by run.sh:
//   bench    [corpus.txt…]  measures formulas per second (MathML, text)
//   render   <formulas.txt> prints each formula's MathML and text, for review
// Formula files hold one formula a line, prefixed "D " (display) or "I " (inline).

#if canImport(Glibc)
  import Glibc
#endif

func readFormulas(_ path: String) -> [(display: Bool, source: String)] {
  guard let file = fopen(path, "r") else {
    fputs("cannot open \(path)\n", stderr)
    exit(1)
  }
  defer { fclose(file) }
  var result: [(Bool, String)] = []
  var line: UnsafeMutablePointer<CChar>?
  var capacity = 0
  while getline(&line, &capacity, file) > 0 {
    var text = String(cString: line!)
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    guard text.count > 2, !text.hasPrefix("%") else { continue }
    result.append((text.hasPrefix("D "), String(text.dropFirst(2))))
  }
  free(line)
  return result
}

func now() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
let mode = arguments.count > 1 ? arguments[1] : "bench"
let paths =
  arguments.count > 2
  ? Array(arguments[2...])
  : ["Tests/TeXTests/Fixtures/corpus/course.txt", "Tests/TeXTests/Fixtures/corpus/wiki.txt"]
let formulas = paths.flatMap(readFormulas)
let renderer = try! TeXRenderer(macros: [
  "R": "\\mathbb{R}", "E": "\\mathbb{E}", "norm": "\\left\\lVert #1 \\right\\rVert",
])

switch mode {
case "css":
  print(TeXStyles.css)
case "render":
  for (display, source) in formulas {
    print("=== \(display ? "D" : "I") \(source)")
    do {
      print(try renderer.mathML(source, display: display))
      print(try renderer.text(source, display: display))
    } catch {
      print("ERROR \(error.annotated(source: source))")
    }
  }
default:
  var sink = 0
  func measure(_ label: String, _ body: (Bool, String) throws(TeXError) -> String) -> Double {
    var rounds = 0
    let start = now()
    var elapsed = 0.0
    while elapsed < 3 || rounds < 3 {
      for (display, source) in formulas {
        sink &+= ((try? body(display, source)) ?? "").utf8.count
      }
      rounds += 1
      elapsed = now() - start
    }
    let rate = Double(rounds * formulas.count) / elapsed
    print("\(label): \(Int(rate)) formulas/s (\(rounds) rounds of \(formulas.count))")
    return rate
  }
  _ = measure("mathML") { (display, source) throws(TeXError) in
    try renderer.mathML(source, display: display)
  }
  _ = measure("text") { (display, source) throws(TeXError) in
    try renderer.text(source, display: display)
  }
  if sink == 42 { print("") }
}
