import Foundation

/// Where the compiler and the built MLMath library are.
///
/// Lessons are compiled by `swiftc` against the MLMath that was built with
/// mlbook itself: its module and `libMLMathRuntime.so` sit next to the `mlbook`
/// executable in SwiftPM's products folder (`.build/release`).
public struct Toolchain: Sendable, Equatable {
  public var swiftc: String
  /// The folder holding `MLMath.swiftmodule`.
  public var moduleDirectory: String
  /// The folder holding `libMLMathRuntime.so`.
  public var libraryDirectory: String
  /// Folders with module maps MLMath's module refers to (the C BLAS/LAPACK shim).
  public var includeDirectories: [String]

  public init(swiftc: String, moduleDirectory: String, libraryDirectory: String, includeDirectories: [String]) {
    self.swiftc = swiftc
    self.moduleDirectory = moduleDirectory
    self.libraryDirectory = libraryDirectory
    self.includeDirectories = includeDirectories
  }

  public struct NotFound: Error, CustomStringConvertible {
    public var description: String
  }

  /// Finds the toolchain next to the running executable, or in `MLBOOK_MLMATH_DIR`.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Toolchain {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let dir = environment["MLBOOK_MLMATH_DIR"] { candidates.append(URL(fileURLWithPath: dir)) }
    if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    for dir in candidates {
      let library = dir.appendingPathComponent("libMLMathRuntime.so")
      guard fm.fileExists(atPath: library.path) else { continue }
      let modules = [dir.appendingPathComponent("Modules"), dir].first {
        fm.fileExists(atPath: $0.appendingPathComponent("MLMath.swiftmodule").path)
      }
      guard let modules else { continue }
      return Toolchain(
        swiftc: try findSwiftc(environment), moduleDirectory: modules.path, libraryDirectory: dir.path,
        includeDirectories: cModuleDirectories(near: dir))
    }
    throw NotFound(
      description:
        "cannot find the built MLMath library (libMLMathRuntime.so) next to mlbook; build with `swift build -c release` or set MLBOOK_MLMATH_DIR"
    )
  }

  private static func findSwiftc(_ environment: [String: String]) throws -> String {
    if let explicit = environment["SWIFTC"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
    if let found = executable(named: "swiftc", environment: environment, fallbacks: ["/opt/swift/usr/bin", "/usr/bin"])
    {
      return found
    }
    throw NotFound(description: "cannot find `swiftc` on PATH (set SWIFTC to its path)")
  }

  /// The first executable file called `name` in the folders of `PATH`, then in `fallbacks`.
  static func executable(
    named name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    fallbacks: [String] = []
  ) -> String? {
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + fallbacks
    return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The folders of the package's C module maps that MLMath's interface needs
  /// (`Sources/CLAPACK`, `Sources/CVectorMath/include`), found by walking up from the products folder.
  private static func cModuleDirectories(near products: URL) -> [String] {
    var dir = products.resolvingSymlinksInPath()
    for _ in 0..<6 {
      let shim = dir.appendingPathComponent("Sources/CLAPACK/module.modulemap")
      if FileManager.default.fileExists(atPath: shim.path) {
        return ["Sources/CLAPACK", "Sources/CVectorMath/include"].map { dir.appendingPathComponent($0).path }
      }
      dir.deleteLastPathComponent()
    }
    return []
  }
}
