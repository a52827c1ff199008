/// How a series looks: colour, dash pattern and marker, chosen by its index so that
/// series differ in more than colour alone.
///
/// The colours have a contrast ratio of at least 3:1 against both white and near-black
/// (`#1e1e1e`) backgrounds, so charts read in light and dark page themes.
struct SeriesStyle: Sendable, Hashable {
  /// The marker drawn at scatter and path points.
  enum Marker: Sendable, Hashable, CaseIterable {
    case circle, square, triangle, diamond, cross
  }

  /// Blue, orange, green, purple, ochre, teal, pink, grey.
  static let colors = [
    "#3574d4", "#d9622b", "#2e9a4f", "#b04fc7", "#b8860b", "#0f93a3", "#de4f7a", "#7d7d7d",
  ]

  /// SVG `stroke-dasharray` values: solid, dashed, dotted, dash-dot.
  static let svgDashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3"]

  /// The same patterns in braille dots, as alternating on/off run lengths.
  static let dotDashes: [[Int]] = [[], [4, 2], [1, 1], [6, 2, 1, 2]]

  /// Text stand-ins for the markers, one terminal cell each.
  static let textMarkers: [Marker: Character] = [
    .circle: "•", .square: "o", .triangle: "+", .diamond: "*", .cross: "×",
  ]

  /// The palette position.
  let index: Int

  /// The style of the series with palette position `index`.
  init(index: Int) {
    self.index = index
  }

  /// The colour, as `#rrggbb`.
  var color: String { Self.colors[index % Self.colors.count] }

  /// The SVG dash pattern of lines, or `nil` for solid.
  var svgDash: String? { Self.svgDashes[index % Self.svgDashes.count] }

  /// The braille dash pattern of lines (empty for solid).
  var dotDash: [Int] { Self.dotDashes[index % Self.dotDashes.count] }

  /// The marker shape.
  var marker: Marker { Marker.allCases[index % Marker.allCases.count] }

  /// The marker in text renderings.
  var textMarker: Character { Self.textMarkers[marker] ?? "•" }
}
