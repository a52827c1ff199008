/// A user macro: `\name` with up to nine arguments replaced by `body`.
struct Macro: Sendable {
  var body: [Token]
  var parameterCount: Int

  /// Reads a macro definition; the body's parameters must be `#1`…`#9`.
  init(name: String, definition: String) throws(TeXError) {
    let label = "macro \\\(name)"
    guard !name.isEmpty else {
      throw TeXError(message: "a macro needs a name", utf8Offset: 0)
    }
    let scalars = Array(name.unicodeScalars)
    guard scalars.allSatisfy(\.isASCIILetter) || scalars.count == 1 else {
      throw TeXError(
        message: "\(label): a macro name is letters only, or one other character",
        utf8Offset: 0, length: name.utf8.count)
    }
    do {
      body = try Lexer.tokenize(definition)
    } catch {
      throw TeXError(
        message: "\(label): \(error.message)", utf8Offset: error.utf8Offset,
        length: error.length)
    }
    parameterCount = 0
    for token in body {
      if case .parameter(let number) = token.kind { parameterCount = max(parameterCount, number) }
    }
  }
}
