// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "mlbook",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "mlbook", targets: ["mlbook"]),
    // The course's math library, for any Swift package.
    .library(name: "MLMath", targets: ["MLMath"]),
    // The same library as a shared object: lesson programs are compiled by `swiftc`
    // against it, so one optimized build serves every lesson.
    .library(name: "MLMathRuntime", type: .dynamic, targets: ["MLMath"]),
    .library(name: "TeX", targets: ["TeX"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // Exact big integers for MLMath's combinatorics (30!, C(100, 50), Bell numbers).
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    // CSV parsing for MLMath's loadtxt/genfromtxt/readCSV (RFC 4180 quoting, CRLF).
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    // ZIP archives for the lessons' Swift package downloads.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // HTTP and WebSocket server for `mlbook serve` (no SwiftNIO: it builds in seconds).
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
  ],
  targets: [
    // C: Debian's cmark-gfm (+ extensions), and our `$…$` math syntax extension.
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(name: "CMarkMath", dependencies: ["CCmarkGFM"]),
    // The only Swift module that talks to cmark-gfm.
    .target(name: "Markdown", dependencies: ["CCmarkGFM", "CMarkMath"]),
    // LaTeX math → MathML Core and Unicode text.
    .target(name: "TeX"),
    // BLAS + LAPACK from Debian (OpenBLAS, LAPACKE).
    .systemLibrary(
      name: "CLAPACK",
      pkgConfig: "lapacke",
      providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
    ),
    // C: elementwise math over arrays on SLEEF's deterministic vector functions (Debian's
    // libsleef), with the widest SIMD extension of the CPU chosen at load time.
    .target(name: "CVectorMath", linkerSettings: [.linkedLibrary("sleef")]),
    // Resources: the bundled data sets (Iris, digits) behind loadIris() and loadDigits().
    .target(
      name: "MLMath",
      dependencies: [
        "CLAPACK", "CVectorMath", .product(name: "BigInt", package: "BigInt"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ],
      resources: [.copy("Datasets/Data")]
    ),
    // C: the few system calls Swift's Glibc module does not expose.
    .target(name: "CSystem"),
    // Course loading, lesson execution, rendering, site writing.
    .target(
      name: "MLBook",
      dependencies: [
        "Markdown", "TeX", "CSystem",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Resources")]
    ),
    // `mlbook serve`: the preview server, file watcher and live reload with an error overlay.
    .target(
      name: "Preview",
      dependencies: ["MLBook", "CSystem", .product(name: "FlyingFox", package: "FlyingFox")],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "mlbook",
      dependencies: [
        "MLBook", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The fuzz target for lesson parsing and rendering (`fuzz/run` builds it with libFuzzer).
    .executableTarget(name: "MLBookFuzz", dependencies: ["MLBook"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
    .testTarget(name: "TeXTests", dependencies: ["TeX"], resources: [.copy("Fixtures")]),
    .testTarget(name: "MLMathTests", dependencies: ["MLMath"], resources: [.copy("Fixtures")]),
    // Schemas: the JUnit schema `check --report junit` output is validated against (xmllint).
    .testTarget(name: "MLBookTests", dependencies: ["MLBook", "Preview", "mlbook"], exclude: ["Schemas"]),
  ]
)
