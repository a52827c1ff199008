struct TextRenderer {
  var display: Bool
  func render(_ node: MathNode) -> String { "" }
}
