import Markdown

/// Turns formulas into page markup and into text, or reports them as errors.
///
/// Rendering is a pair of closures so the pipeline can use the TeX converter
/// without the renderers knowing about it.
public struct MathRendering: Sendable {
  public struct Failure: Error, Sendable {
    public var message: String
    /// Byte offset of the offending spot in the formula.
    public var offset: Int
    /// The formula with a caret under the spot.
    public var annotated: String

    public init(message: String, offset: Int, annotated: String) {
      self.message = message
      self.offset = offset
      self.annotated = annotated
    }
  }

  public var html: @Sendable (Math) throws(Failure) -> String
  public var text: @Sendable (Math) throws(Failure) -> String

  public init(
    html: @escaping @Sendable (Math) throws(Failure) -> String,
    text: @escaping @Sendable (Math) throws(Failure) -> String
  ) {
    self.html = html
    self.text = text
  }
}
