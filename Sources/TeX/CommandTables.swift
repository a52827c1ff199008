/// Commands that are looked up rather than parsed specially: spacing, accents,
/// fonts, delimiters.
enum CommandTables {
  /// Spacing commands and their widths in ems.
  static let spaces: [String: Double] = [
    ",": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, ";": 5.0 / 18, "!": -3.0 / 18,
    " ": 1.0 / 3, "quad": 1, "qquad": 2, "enspace": 0.5, "enskip": 0.5,
    "thinspace": 3.0 / 18, "medspace": 4.0 / 18, "thickspace": 5.0 / 18,
    "negthinspace": -3.0 / 18, "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18,
    "space": 1.0 / 3, "nobreakspace": 1.0 / 3,
  ]

  /// Accent commands.
  ///
  /// The MathML characters are the ones Chromium places visibly at 1×: the
  /// modifier macron U+02C9 (U+00AF sinks into the top of the letter), the
  /// combining U+0302 only for `\widehat` (the one Chromium stretches; narrow
  /// combining marks sit left of the base), `~` for `\widetilde` (its widest
  /// unstretched tilde), and an arrow made small by CSS for `\vec`. See
  /// `MathMLWriter.accentClass`.
  static let accents: [String: AccentMark] = [
    "hat": AccentMark(character: "ˆ", combining: "\u{302}", stretchy: false, under: false),
    "widehat": AccentMark(character: "\u{302}", combining: "\u{302}", stretchy: true, under: false),
    "check": AccentMark(character: "ˇ", combining: "\u{30C}", stretchy: false, under: false),
    "widecheck": AccentMark(character: "ˇ", combining: "\u{30C}", stretchy: true, under: false),
    "tilde": AccentMark(character: "˜", combining: "\u{303}", stretchy: false, under: false),
    "widetilde": AccentMark(character: "~", combining: "\u{303}", stretchy: true, under: false),
    "bar": AccentMark(character: "ˉ", combining: "\u{304}", stretchy: false, under: false),
    "overline": AccentMark(character: "‾", combining: "\u{305}", stretchy: true, under: false),
    "underline": AccentMark(character: "_", combining: "\u{332}", stretchy: true, under: true),
    "vec": AccentMark(character: "→", combining: "\u{20D7}", stretchy: false, under: false),
    "overrightarrow": AccentMark(
      character: "→", combining: "\u{20D7}", stretchy: true, under: false),
    "overleftarrow": AccentMark(
      character: "←", combining: "\u{20D6}", stretchy: true, under: false),
    "overleftrightarrow": AccentMark(
      character: "↔", combining: "\u{20E1}", stretchy: true, under: false),
    "underrightarrow": AccentMark(
      character: "→", combining: "\u{20EF}", stretchy: true, under: true),
    "underleftarrow": AccentMark(
      character: "←", combining: "\u{20EE}", stretchy: true, under: true),
    "dot": AccentMark(character: "˙", combining: "\u{307}", stretchy: false, under: false),
    "ddot": AccentMark(character: "¨", combining: "\u{308}", stretchy: false, under: false),
    "dddot": AccentMark(character: "⃛", combining: "\u{20DB}", stretchy: false, under: false),
    "breve": AccentMark(character: "˘", combining: "\u{306}", stretchy: false, under: false),
    "mathring": AccentMark(character: "˚", combining: "\u{30A}", stretchy: false, under: false),
    "acute": AccentMark(character: "´", combining: "\u{301}", stretchy: false, under: false),
    "grave": AccentMark(character: "`", combining: "\u{300}", stretchy: false, under: false),
  ]

  /// Font commands that take an argument.
  static let mathFonts: [String: MathAlphabet] = [
    "mathrm": .upright, "mathup": .upright, "mathbf": .bold, "mathit": .italic,
    "boldsymbol": .boldItalic, "bm": .boldItalic, "pmb": .boldItalic, "mathcal": .script,
    "mathscr": .script, "mathfrak": .fraktur, "mathbb": .doubleStruck,
    "mathsf": .sansSerif, "mathtt": .monospace, "mathnormal": .italic, "Bbb": .doubleStruck,
    "bold": .bold, "mathbfit": .boldItalic,
  ]

  /// Old-style font switches that apply to the rest of the group.
  static let fontSwitches: [String: MathAlphabet] = [
    "rm": .upright, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif,
    "tt": .monospace, "frak": .fraktur,
  ]

  /// Text-mode commands and the alphabet of their text.
  static let textFonts: [String: MathAlphabet] = [
    "text": .upright, "textrm": .upright, "textnormal": .upright, "mbox": .upright,
    "hbox": .upright, "textup": .upright, "textbf": .bold, "textit": .italic,
    "emph": .italic, "textsf": .sansSerif, "texttt": .monospace,
  ]

  /// Commands whose braced argument is text, where `$…$` is math nested in the
  /// text. The Markdown `$` scanner (`Sources/CMarkMath/math_extension.c`)
  /// keeps the same list, so a `$` there does not end the formula.
  static let textArgumentCommands: Set<String> = Set(textFonts.keys).union(["fbox", "tag"])

  /// Class-changing commands.
  static let classes: [String: MathClass] = [
    "mathop": .op, "mathrel": .rel, "mathbin": .bin, "mathord": .ord, "mathopen": .open,
    "mathclose": .close, "mathpunct": .punct, "mathinner": .inner,
  ]

  /// Sized delimiters: size 1…4 and the class they force.
  static let sizedDelimiters: [String: (size: Int, mathClass: MathClass)] = [
    "big": (1, .ord), "Big": (2, .ord), "bigg": (3, .ord), "Bigg": (4, .ord),
    "bigl": (1, .open), "Bigl": (2, .open), "biggl": (3, .open), "Biggl": (4, .open),
    "bigr": (1, .close), "Bigr": (2, .close), "biggr": (3, .close), "Biggr": (4, .close),
    "bigm": (1, .rel), "Bigm": (2, .rel), "biggm": (3, .rel), "Biggm": (4, .rel),
  ]

  /// Characters allowed after `\left`, `\right`, `\big…`, typed directly.
  static let delimiterCharacters: [Unicode.Scalar: String] = [
    "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "",
    "<": "⟨", ">": "⟩", "⟨": "⟨", "⟩": "⟩", "‖": "‖", "⌊": "⌊", "⌋": "⌋",
    "⌈": "⌈", "⌉": "⌉", "⟦": "⟦", "⟧": "⟧", "↑": "↑", "↓": "↓", "↕": "↕", "⇑": "⇑", "⇓": "⇓",
    "⇕": "⇕",
  ]

  /// Delimiter commands.
  static let delimiterCommands: [String: String] = [
    "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩",
    "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖", "Vert": "‖",
    "|": "‖", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "lbrack": "[",
    "rbrack": "]", "backslash": "\\", "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕",
    "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕", "lgroup": "⟮", "rgroup": "⟯",
    "lmoustache": "⎰", "rmoustache": "⎱", "ulcorner": "⌜", "urcorner": "⌝",
    "llcorner": "⌞", "lrcorner": "⌟", "lBrack": "⟦", "rBrack": "⟧", "llbracket": "⟦",
    "rrbracket": "⟧", "mid": "|", "lparen": "(", "rparen": ")", "lt": "⟨", "gt": "⟩",
    "arrowvert": "⏐", "Arrowvert": "‖", "bracevert": "⎪",
  ]

  /// Extensible arrows with text over (and optionally under) them.
  static let extensibleArrows: [String: String] = [
    "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
    "xleftrightarrow": "↔", "xLeftrightarrow": "⇔", "xmapsto": "↦",
    "xhookrightarrow": "↪", "xhookleftarrow": "↩", "xlongequal": "=",
    "xtwoheadrightarrow": "↠", "xrightharpoonup": "⇀", "xrightleftharpoons": "⇌",
  ]

  /// Commands that produce nothing in a formula.
  static let ignored: Set<String> = [
    "nonumber", "notag", "relax", "allowbreak", "nobreak", "strut", "mathstrut",
  ]
}
