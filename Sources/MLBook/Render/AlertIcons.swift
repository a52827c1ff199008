/// Small line icons for callouts, drawn in the text colour (decorative: the label says the kind).
enum AlertIcons {
  static func svg(_ kind: Alert.Kind) -> String {
    let shape: String
    switch kind {
    case .note:
      shape = "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M8 7v4.5M8 4.5v.5\"/>"
    case .tip:
      shape = "<path d=\"M5.5 10.5a4.5 4.5 0 1 1 5 0V12h-5zM6 14h4\"/>"
    case .important:
      shape =
        "<rect x=\"1.5\" y=\"2\" width=\"13\" height=\"10\" rx=\"2\"/><path d=\"M5 12l-1.5 3L8 12M8 4.5v4M8 10v.5\"/>"
    case .warning:
      shape = "<path d=\"M8 1.8L15 14H1zM8 6v4M8 11.8v.4\"/>"
    case .caution:
      shape = "<path d=\"M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2zM8 4.5v4.5M8 11v.5\"/>"
    case .exercise, .answer, .definition, .theorem, .lemma, .proposition, .corollary, .example, .remark, .proof:
      shape = "<path d=\"M3 2h10v12H3zM5.5 5.5h5M5.5 8h5M5.5 10.5h3\"/>"
    }
    return
      "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\(shape)</svg>"
  }
}
