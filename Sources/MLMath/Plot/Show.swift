import Foundation

/// Shows a figure, like matplotlib's `plt.show()`.
///
/// In a program run by mlbook, the figure appears in the lesson page as an SVG image and
/// in the plain-text chapter as text. Anywhere else, its text rendering is printed to
/// standard output, so a terminal shows the chart too.
///
/// Output already printed with `print` stays in order with the figure: both go through
/// standard output, which is flushed afterwards.
///
/// A figure with nothing drawn (usually `fig.plot(x, y)` whose result was dropped)
/// is still shown, with a hint on standard error.
///
/// - Parameter figure: The figure to show.
public func show(_ figure: Figure) {
  if figure.marks.isEmpty {
    fflush(nil)
    var errors = StandardError()
    print(emptyFigureHint, to: &errors)
  }
  handOff(figure)
}

/// What `show(_:)` says about a figure with nothing drawn: most often the result of
/// `fig.plot(x, y)` was dropped, because `Figure`'s methods return a new figure.
let emptyFigureHint =
  "MLMath: show(_:) got a figure with nothing drawn. Figure's methods return a new figure"
  + " and leave the old one unchanged: write `fig = fig.plot(x, y)`, or chain"
  + " `show(Figure().plot(x, y))`."

/// Shows a grid of figures as one image, like `plt.show()` after `plt.subplots`.
///
/// - Parameter subplots: The figures to show.
public func show(_ subplots: Subplots) {
  handOff(subplots)
}

/// Hands `figure` to mlbook or prints it; see ``FigureHandOff``.
private func handOff(_ figure: some FigureRendering) {
  let handOff = FigureHandOff()
  var output = StandardOutput()
  let number = handOff.directory == nil ? 0 : FigureCounter.shared.next()
  do {
    try handOff.present(figure, number: number, to: &output)
  } catch {
    var errors = StandardError()
    print("MLMath: could not write the figure's SVG file: \(error)", to: &errors)
  }
  fflush(nil)
}

/// Writes to standard output through `print`, sharing its buffer and its lock.
struct StandardOutput: TextOutputStream {
  mutating func write(_ string: String) {
    print(string, terminator: "")
  }
}

/// Writes to standard error, unbuffered.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
