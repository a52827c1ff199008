/// One lexical unit of a formula, with the source bytes it came from.
///
/// Tokens produced by a macro expansion carry the position of the macro's
/// invocation, so errors inside a macro body point at the macro in the source.
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// `\name` (a control word, letters only) or `\x` (a control symbol).
    case command(String)
    /// Any other character.
    case character(Unicode.Scalar)
    /// `{`
    case open
    /// `}`
    case close
    /// `^`
    case raising
    /// `_`
    case lowering
    /// `&`
    case alignment
    /// A run of white space.
    case space
    /// `#1`…`#9`, only meaningful in macro bodies.
    case parameter(Int)
  }

  var kind: Kind
  var offset: Int
  var length: Int

  /// How the token is spelled in messages.
  var spelling: String {
    switch kind {
    case .command(let name): "\\" + name
    case .character(let scalar): String(Character(scalar))
    case .open: "{"
    case .close: "}"
    case .raising: "^"
    case .lowering: "_"
    case .alignment: "&"
    case .space: "space"
    case .parameter(let number): "#\(number)"
    }
  }
}
