import Foundation
import MLBook

#if FUZZING
  /// libFuzzer's entry point (built with `-sanitize=fuzzer -parse-as-library -DFUZZING`; see `fuzz/run`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Fuzzing.exercise(Data(bytes: data, count: size))
    return 0
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
