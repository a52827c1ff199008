/// How citations read (`citation-style:` in `mlbook.yml`).
public enum CitationStyle: String, Sendable, Equatable {
  /// "(Lin et al., 2017)", with the chapter's references sorted by author: the default, as pandoc's.
  case authorYear = "author-year"
  /// "[1]", numbered by first citation in each chapter.
  case numeric
}
