import Foundation
import XCTest

@testable import MLBook

/// Lesson programs use the same OpenBLAS kernels on every x86-64 machine with AVX2, so
/// linear-algebra outputs are the same bits everywhere.
final class BLASKernelTests: XCTestCase {
  func testHaswellKernelsArePinnedWhereTheyRun() {
    XCTAssertEqual(LessonRunner.blasCoreType(inherited: [:], cpuFlags: ["avx2", "fma", "avx512f"]), "Haswell")
    XCTAssertEqual(LessonRunner.blasCoreType(inherited: [:], cpuFlags: ["avx2", "fma"]), "Haswell")
    XCTAssertNil(LessonRunner.blasCoreType(inherited: [:], cpuFlags: ["sse4_2", "avx"]))
    XCTAssertEqual(
      LessonRunner.blasCoreType(inherited: ["OPENBLAS_CORETYPE": "Zen"], cpuFlags: ["avx2", "fma"]), "Zen")
  }

  func testLessonProgramsSeeThePinnedCoreType() throws {
    let lesson = TestCourse.lesson(
      body: """
        ## BLAS

        ```swift-run
        import Foundation
        print(ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] ?? "unset")
        ```

        """)
    let course = try TestCourse(lessons: ["01-blas.md": lesson])
    defer { course.remove() }
    let result = try course.mlbook("check", "--update")
    XCTAssertEqual(result.status, 0, result.stderr)
    let expected = LessonRunner.blasCoreType(inherited: [:]) ?? "unset"
    XCTAssertTrue(try course.read("lessons/01-blas.md").contains("```output\n\(expected)\n```"))
  }
}
