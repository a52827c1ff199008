/// The words mlbook itself puts on pages and in text chapters ("Output", "Show answer",
/// "Theorem", …), in the course's language (`lang:` in `mlbook.yml`), with any the author
/// overrides under `strings:`.
public struct InterfaceStrings: Sendable, Equatable {
  /// The language tag (BCP 47) pages declare: `en`, `fr`.
  public private(set) var language: String
  private var table: [String: String]

  /// The languages mlbook ships strings for.
  public static let languages = ["en", "fr"]

  /// The strings for `language` (its primary subtag picks the table: `fr-CA` reads French);
  /// an unknown language gets English words, still tagged as the author asked.
  public init(language: String = "en", overrides: [String: String] = [:]) {
    self.language = language
    let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
    table = Self.english.merging(primary == "fr" ? Self.french : [:]) { _, translated in translated }
    table.merge(overrides) { _, mine in mine }
  }

  /// The string for `key`; a key with no entry reads as itself (tests catch those).
  public subscript(_ key: String) -> String { table[key] ?? key }

  /// Every key a course can override.
  public static var keys: [String] { english.keys.sorted() }

  static let english: [String: String] = [
    "output": "Output",
    "exercise": "Exercise",
    "answer": "Answer",
    "show-answer": "Show answer",
    "answers": "Answers",
    "answer-at-end": "Answer %@ is at the end of the chapter.",
    "equation": "Equation",
    "figure": "Figure",
    "table": "Table",
    "definition": "Definition",
    "theorem": "Theorem",
    "lemma": "Lemma",
    "proposition": "Proposition",
    "corollary": "Corollary",
    "example": "Example",
    "remark": "Remark",
    "proof": "Proof",
    "references": "References",
    "notes": "Notes",
    "part": "Part",
    "contents": "Contents",
    "on-this-page": "On this page",
    "parts": "Parts",
    "search": "Search the course",
    "search-placeholder": "Search the course…",
    "skip-to-content": "Skip to content",
    "next-in-series": "Next in the series",
    "previous": "← Previous",
    "next": "Next →",
    "download": "Download:",
    "theme": "Switch between light and dark theme",
    "breadcrumbs": "Breadcrumbs",
    "end-of-proof": "End of proof",
    "back-to-text": "Back to text",
    "language": "Language",
    "course-parts": "Course parts",
    "previous-and-next": "Previous and next parts",
  ]

  static let french: [String: String] = [
    "output": "Sortie",
    "exercise": "Exercice",
    "answer": "Réponse",
    "show-answer": "Voir la réponse",
    "answers": "Réponses",
    "answer-at-end": "La réponse %@ est à la fin du chapitre.",
    "equation": "Équation",
    "figure": "Figure",
    "table": "Tableau",
    "definition": "Définition",
    "theorem": "Théorème",
    "lemma": "Lemme",
    "proposition": "Proposition",
    "corollary": "Corollaire",
    "example": "Exemple",
    "remark": "Remarque",
    "proof": "Démonstration",
    "references": "Références",
    "notes": "Notes",
    "part": "Partie",
    "contents": "Sommaire",
    "on-this-page": "Sur cette page",
    "parts": "Parties",
    "search": "Rechercher dans le cours",
    "search-placeholder": "Rechercher dans le cours…",
    "skip-to-content": "Aller au contenu",
    "next-in-series": "Partie suivante",
    "previous": "← Précédente",
    "next": "Suivante →",
    "download": "Télécharger :",
    "theme": "Passer du thème clair au thème sombre",
    "breadcrumbs": "Fil d’Ariane",
    "end-of-proof": "Fin de la démonstration",
    "back-to-text": "Retour au texte",
    "language": "Langage",
    "course-parts": "Parties du cours",
    "previous-and-next": "Parties précédente et suivante",
  ]
}
