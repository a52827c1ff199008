/// The commands that stand for a single symbol, by TeX class.
///
/// The tables are written as `name character` pairs and read once, which keeps
/// them easy to review and cheap to compile.
enum SymbolTable {
  /// What a symbol command produces.
  struct Entry: Sendable {
    var text: String
    var kind: Atom.Kind
  }

  static let entries: [String: Entry] = {
    var table: [String: Entry] = [:]
    func add(_ list: String, _ kind: Atom.Kind) {
      let words = list.split(whereSeparator: { $0 == " " || $0 == "\n" })
      var index = 0
      while index + 1 < words.count {
        table[String(words[index])] = Entry(text: String(words[index + 1]), kind: kind)
        index += 2
      }
    }
    add(greekLower, .identifier(upright: false))
    add(greekUpper, .identifier(upright: true))
    add(greekUpperItalic, .identifier(upright: false))
    add(letterlike, .identifier(upright: true))
    add(ordinarySymbols, .symbol(.ord))
    add(binaryOperators, .symbol(.bin))
    add(relations, .symbol(.rel))
    add(openings, .symbol(.open))
    add(closings, .symbol(.close))
    add(punctuation, .symbol(.punct))
    add(dots, .symbol(.inner))
    add(summations, .largeOperator(limits: true))
    add(integrals, .largeOperator(limits: false))
    for name in functionsBeside.split(separator: " ") {
      table[String(name)] = Entry(text: String(name), kind: .function(limits: false))
    }
    for name in functionsWithLimits.split(separator: " ") {
      table[String(name)] = Entry(text: String(name), kind: .function(limits: true))
    }
    table["argmax"] = Entry(text: "arg\u{2009}max", kind: .function(limits: true))
    table["argmin"] = Entry(text: "arg\u{2009}min", kind: .function(limits: true))
    table["liminf"] = Entry(text: "lim\u{2009}inf", kind: .function(limits: true))
    table["limsup"] = Entry(text: "lim\u{2009}sup", kind: .function(limits: true))
    table["operatorname"] = nil
    return table
  }()

  static let greekLower = """
    alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ \
    vartheta ϑ iota ι kappa κ varkappa ϰ lambda λ mu μ nu ν xi ξ omicron ο pi π \
    varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς tau τ upsilon υ phi ϕ varphi φ \
    chi χ psi ψ omega ω digamma ϝ
    """

  static let greekUpper = """
    Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ \
    Omega Ω Alpha Α Beta Β Epsilon Ε Zeta Ζ Eta Η Iota Ι Kappa Κ Mu Μ Nu Ν \
    Omicron Ο Rho Ρ Tau Τ Chi Χ
    """

  static let greekUpperItalic = """
    varGamma 𝛤 varDelta 𝛥 varTheta 𝛩 varLambda 𝛬 varXi 𝛯 varPi 𝛱 varSigma 𝛴 \
    varUpsilon 𝛶 varPhi 𝛷 varPsi 𝛹 varOmega 𝛺
    """

  static let letterlike = """
    ell ℓ hbar ℏ hslash ℏ imath ı jmath ȷ Re ℜ Im ℑ wp ℘ aleph ℵ beth ℶ gimel ℷ \
    partial ∂ nabla ∇ infty ∞ emptyset ∅ varnothing ∅ top ⊤ bot ⊥ angle ∠ \
    measuredangle ∡ triangle △ square □ Box □ blacksquare ■ checkmark ✓ \
    flat ♭ sharp ♯ natural ♮ clubsuit ♣ diamondsuit ♢ heartsuit ♡ spadesuit ♠ \
    mho ℧ eth ð complement ∁ Finv Ⅎ Game ⅁ circledR ® circledS Ⓢ degree ° \
    textdegree ° S § P ¶ copyright © pounds £ yen ¥ euro € dag † ddag ‡ \
    lozenge ◊ blacklozenge ⧫ bigstar ★ diagup ╱ diagdown ╲ backprime ‵ \
    triangledown ▿ vartriangle △ blacktriangle ▴ blacktriangledown ▾ \
    blacktriangleleft ◂ blacktriangleright ▸ daleth ℸ Bbbk 𝕜 O ∅ empty ∅ \
    Diamond ◊ AA Å
    """

  static let ordinarySymbols = """
    forall ∀ exists ∃ nexists ∄ neg ¬ lnot ¬ prime ′ backslash \\ \
    surd √ vert | Vert ‖ | ‖ # # $ $ % % & & _ _ textbackslash \\ \
    infin ∞ clubs ♣ hearts ♡ spades ♠ diamonds ♢ sphericalangle ∢
    """

  static let binaryOperators = """
    pm ± mp ∓ times × div ÷ cdot ⋅ ast ∗ circ ∘ bullet ∙ oplus ⊕ ominus ⊖ \
    otimes ⊗ oslash ⊘ odot ⊙ cup ∪ cap ∩ sqcup ⊔ sqcap ⊓ uplus ⊎ vee ∨ lor ∨ \
    wedge ∧ land ∧ setminus ∖ smallsetminus ∖ wr ≀ amalg ⨿ bigtriangleup △ \
    bigtriangledown ▽ triangleleft ◃ triangleright ▹ dagger † ddagger ‡ \
    diamond ⋄ star ⋆ bigcirc ◯ intercal ⊺ dotplus ∔ ltimes ⋉ rtimes ⋊ boxplus ⊞ \
    boxminus ⊟ boxtimes ⊠ boxdot ⊡ centerdot ⋅ circledast ⊛ circledcirc ⊚ \
    circleddash ⊝ curlyvee ⋎ curlywedge ⋏ divideontimes ⋇ barwedge ⊼ veebar ⊻ \
    doublebarwedge ⩞ Cup ⋓ Cap ⋒ lhd ⊲ rhd ⊳ unlhd ⊴ unrhd ⊵ And & \
    leftthreetimes ⋋ rightthreetimes ⋌
    """

  static let relations = """
    le ≤ leq ≤ ge ≥ geq ≥ leqslant ⩽ geqslant ⩾ leqq ≦ geqq ≧ neq ≠ ne ≠ lt < gt > \
    ll ≪ gg ≫ lll ⋘ ggg ⋙ approx ≈ approxeq ≊ sim ∼ simeq ≃ cong ≅ equiv ≡ \
    propto ∝ varpropto ∝ asymp ≍ doteq ≐ doteqdot ≑ triangleq ≜ coloneqq ≔ \
    eqqcolon ≕ coloneq ≔ defeq ≝ eqdef ≝ models ⊨ vdash ⊢ dashv ⊣ vDash ⊨ \
    Vdash ⊩ mid ∣ nmid ∤ parallel ∥ nparallel ∦ perp ⊥ in ∈ notin ∉ ni ∋ owns ∋ \
    notni ∌ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇ subsetneq ⊊ supsetneq ⊋ \
    nsubseteq ⊈ nsupseteq ⊉ sqsubset ⊏ sqsupset ⊐ sqsubseteq ⊑ sqsupseteq ⊒ \
    prec ≺ succ ≻ preceq ⪯ succeq ⪰ to → rightarrow → leftarrow ← gets ← \
    leftrightarrow ↔ Rightarrow ⇒ Leftarrow ⇐ Leftrightarrow ⇔ implies ⟹ \
    impliedby ⟸ iff ⟺ longrightarrow ⟶ longleftarrow ⟵ longleftrightarrow ⟷ \
    Longrightarrow ⟹ Longleftarrow ⟸ Longleftrightarrow ⟺ mapsto ↦ \
    longmapsto ⟼ uparrow ↑ downarrow ↓ updownarrow ↕ Uparrow ⇑ Downarrow ⇓ \
    Updownarrow ⇕ nearrow ↗ searrow ↘ swarrow ↙ nwarrow ↖ hookrightarrow ↪ \
    hookleftarrow ↩ rightharpoonup ⇀ rightharpoondown ⇁ leftharpoonup ↼ \
    leftharpoondown ↽ rightleftharpoons ⇌ leftrightharpoons ⇋ leadsto ⇝ \
    rightsquigarrow ⇝ nrightarrow ↛ nleftarrow ↚ twoheadrightarrow ↠ \
    twoheadleftarrow ↞ rightrightarrows ⇉ leftleftarrows ⇇ rightleftarrows ⇄ \
    leftrightarrows ⇆ upuparrows ⇈ downdownarrows ⇊ curvearrowright ↷ \
    curvearrowleft ↶ circlearrowright ↻ circlearrowleft ↺ Rrightarrow ⇛ \
    Lleftarrow ⇚ bowtie ⋈ Join ⨝ smile ⌣ frown ⌢ lesssim ≲ gtrsim ≳ \
    lessapprox ⪅ gtrapprox ⪆ ncong ≇ nsim ≁ nleq ≰ ngeq ≱ nless ≮ ngtr ≯ \
    nleqslant ⪇ lneq ⪇ gneq ⪈ lneqq ≨ gneqq ≩ eqsim ≂ circeq ≗ bumpeq ≏ \
    Bumpeq ≎ risingdotseq ≓ fallingdotseq ≒ therefore ∴ because ∵ \
    vartriangleleft ⊲ vartriangleright ⊳ trianglelefteq ⊴ trianglerighteq ⊵ \
    multimap ⊸ lessgtr ≶ gtrless ≷ lesseqgtr ⋚ gtreqless ⋛ preccurlyeq ≼ \
    succcurlyeq ≽ precsim ≾ succsim ≿ nprec ⊀ nsucc ⊁ Subset ⋐ Supset ⋑ \
    nvdash ⊬ nvDash ⊭ nVdash ⊮ shortmid ∣ shortparallel ∥ between ≬ pitchfork ⋔ \
    backsim ∽ backsimeq ⋍ thicksim ∼ thickapprox ≈ eqcirc ≖ \
    vcentcolon ∶ ratio ∶ dblcolon ∷ Colon ∷ approxcolon ≈ \
    longleftarrow ⟵ mapsfrom ↤ nLeftarrow ⇍ nRightarrow ⇏ nLeftrightarrow ⇎ \
    nleftrightarrow ↮ dashrightarrow ⇢ dashleftarrow ⇠ restriction ↾ \
    upharpoonright ↾ upharpoonleft ↿ downharpoonright ⇂ downharpoonleft ⇃ \
    subseteqq ⫅ supseteqq ⫆ subsetneqq ⫋ supsetneqq ⫌ varsubsetneq ⊊ varsupsetneq ⊋ \
    varsubsetneqq ⫋ varsupsetneqq ⫌ nsubseteqq ⊈ nsupseteqq ⊉ succnsim ⋩ precnsim ⋨ \
    lnsim ⋦ gnsim ⋧ lnapprox ⪉ gnapprox ⪊ precnapprox ⪹ succnapprox ⪺ precapprox ⪷ \
    succapprox ⪸ precneqq ⪵ succneqq ⪶ ntrianglelefteq ⋬ ntriangleleft ⋪ \
    ntrianglerighteq ⋭ ntriangleright ⋫ nsucceq ⋡ npreceq ⋠ nshortparallel ∦ \
    nshortmid ∤ nleqq ≰ ngeqq ≱ ngeqslant ≱ eqslantless ⪕ eqslantgtr ⪖ \
    lesseqqgtr ⪋ gtreqqless ⪌ lessdot ⋖ gtrdot ⋗ curlyeqprec ⋞ curlyeqsucc ⋟ \
    Vvdash ⊪ nVDash ⊯ leftrightsquigarrow ↭ Lsh ↰ Rsh ↱ rightarrowtail ↣ \
    leftarrowtail ↢ looparrowright ↬ looparrowleft ↫ backepsilon ∍ lvertneqq ≨ \
    gvertneqq ≩ nleqslant ≰ gets ←
    """

  static let openings = """
    lbrace { { { langle ⟨ lvert | lVert ‖ lfloor ⌊ lceil ⌈ lbrack [ lgroup ⟮ \
    lmoustache ⎰ ulcorner ⌜ llcorner ⌞ lBrack ⟦ llbracket ⟦
    """

  static let closings = """
    rbrace } } } rangle ⟩ rvert | rVert ‖ rfloor ⌋ rceil ⌉ rbrack ] rgroup ⟯ \
    rmoustache ⎱ urcorner ⌝ lrcorner ⌟ rBrack ⟧ rrbracket ⟧
    """

  static let punctuation = """
    colon : ldotp . cdotp ⋅
    """

  static let dots = """
    ldots … dots … dotsc … dotso … cdots ⋯ dotsb ⋯ dotsm ⋯ dotsi ⋯ vdots ⋮ \
    ddots ⋱ iddots ⋰ mathellipsis … textellipsis …
    """

  static let summations = """
    sum ∑ prod ∏ coprod ∐ bigcup ⋃ bigcap ⋂ bigsqcup ⨆ bigvee ⋁ bigwedge ⋀ \
    bigoplus ⨁ bigotimes ⨂ bigodot ⨀ biguplus ⨄ bigsqcap ⨅
    """

  static let integrals = """
    int ∫ iint ∬ iiint ∭ iiiint ⨌ oint ∮ oiint ∯ oiiint ∰ intop ∫ smallint ∫
    """

  static let functionsBeside = """
    arcsin arccos arctan arctg arcctg arg ch cos cosec cosh cot cotg coth csc ctg \
    cth deg dim exp hom ker lg ln log sec sin sinh sh tan tanh tg th sgn tr Tr \
    rank diag erf
    """

  static let functionsWithLimits = "det gcd inf lim max min Pr sup"

  /// The negated form of a relation for `\not`, where Unicode has one.
  static let negations: [String: String] = [
    "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "∋": "∌",
    "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "≡": "≢", "∼": "≁", "≃": "≄",
    "≅": "≇", "≈": "≉", "∣": "∤", "∥": "∦", "≺": "⊀", "≻": "⊁", "⊢": "⊬",
    "⊨": "⊭", "→": "↛", "←": "↚", "↔": "↮", "⇒": "⇏", "⇐": "⇍", "⇔": "⇎",
    "∃": "∄", "≍": "≭", "≲": "≴", "≳": "≵", "⊑": "⋢", "⊒": "⋣",
  ]

  /// Classes of ASCII characters typed directly.
  static func atom(for scalar: Unicode.Scalar) -> Atom {
    let text = String(scalar)
    let kind: Atom.Kind
    switch scalar {
    case "+": kind = .symbol(.bin)
    case "-": return Atom(text: "−", kind: .symbol(.bin))
    case "*": return Atom(text: "∗", kind: .symbol(.bin))
    case "=", "<", ">", ":": kind = .symbol(.rel)
    case ",", ";": kind = .symbol(.punct)
    case "(", "[": kind = .symbol(.open)
    case ")", "]", "!", "?": kind = .symbol(.close)
    default:
      if scalar.isASCIIDigit {
        kind = .number
      } else if scalar.isASCIILetter {
        kind = .identifier(upright: false)
      } else if scalar.value > 0x7F {
        kind = unicodeClasses[scalar].map { .symbol($0) } ?? .identifier(upright: false)
      } else {
        kind = .symbol(.ord)
      }
    }
    return Atom(text: text, kind: kind)
  }

  /// Classes of non-ASCII symbols typed directly (e.g. `≤` instead of `\le`).
  static let unicodeClasses: [Unicode.Scalar: MathClass] = {
    var table: [Unicode.Scalar: MathClass] = [:]
    for (_, entry) in entries {
      guard case .symbol(let mathClass) = entry.kind, mathClass != .ord,
        entry.text.unicodeScalars.count == 1, let scalar = entry.text.unicodeScalars.first,
        scalar.value > 0x7F
      else { continue }
      table[scalar] = mathClass
    }
    table["−"] = .bin
    return table
  }()
}
