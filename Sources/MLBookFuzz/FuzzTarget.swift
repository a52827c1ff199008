import Foundation
import MLBook

#if FUZZING
  // Built with `-sanitize=fuzzer -parse-as-library -DFUZZING` (see `fuzz/run`).
  // SwiftPM links an executable's entry point as `MLBookFuzz_main`; it hands
  // control to libFuzzer's driver, which calls `fuzzOneInput` with each input.

  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// One input, as libFuzzer hands it over.
  @_cdecl("LLVMFuzzerTestOneInput")
  func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Fuzzing.exercise(data.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
  }

  @_cdecl("MLBookFuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
  }
#else
  /// Without the fuzzer: replays inputs (a corpus, or a crash libFuzzer saved) through the same code.
  @main
  struct ReplayInputs {
    static func main() throws {
      let paths = CommandLine.arguments.dropFirst()
      guard !paths.isEmpty else {
        FileHandle.standardError.write(Data("usage: MLBookFuzz FILE-OR-DIR...\n".utf8))
        exit(2)
      }
      var count = 0
      for path in paths {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let files =
          isDirectory.boolValue
          ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" } : [path]
        for file in files {
          Fuzzing.exercise(try Data(contentsOf: URL(fileURLWithPath: file)))
          count += 1
        }
      }
      print("replayed \(count) inputs")
    }
  }
#endif
