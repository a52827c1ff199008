import Foundation

/// The text of `Data/<name>` among MLMath's bundled resources.
///
/// The files are in the package (`Sources/MLMath/Datasets/Data`), so a missing one means a
/// broken install: the program stops with a message saying so.
func bundledDataText(_ name: String) -> String {
  let file = URL(fileURLWithPath: name)
  guard
    let url = Bundle.module.url(
      forResource: file.deletingPathExtension().lastPathComponent, withExtension: file.pathExtension,
      subdirectory: "Data"),
    let data = FileManager.default.contents(atPath: url.path),
    let text = String(data: data, encoding: .utf8)
  else {
    failure(
      "the data file Data/\(name) is missing from MLMath's resources (\(Bundle.module.bundlePath)); rebuild the package"
    )
  }
  return text
}
