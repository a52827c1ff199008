/// Unicode's superscript and subscript characters, for scripts in plain text.
enum ScriptCharacters {
  static let superscripts: [Unicode.Scalar: Unicode.Scalar] = table(
    from: "0123456789+−-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεϵθιφϕχ′″‴⊤∗*ᵀ",
    to: "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᵋᶿᶥᶲᵠᵡ′″‴ᵀ**ᵀ")

  static let subscripts: [Unicode.Scalar: Unicode.Scalar] = table(
    from: "0123456789+−-=()aehijklmnoprstuvxβγρφϕχ",
    to: "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵩᵪ")

  private static func table(from: String, to: String) -> [Unicode.Scalar: Unicode.Scalar] {
    var result: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (key, value) in zip(from.unicodeScalars, to.unicodeScalars) { result[key] = value }
    return result
  }

  /// `text` in superscript (or subscript) characters, or nil if one has none.
  static func convert(_ text: String, superscript: Bool) -> String? {
    let map = superscript ? superscripts : subscripts
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard let converted = map[scalar] else { return nil }
      result.append(converted)
    }
    return result.isEmpty ? nil : String(result)
  }
}
