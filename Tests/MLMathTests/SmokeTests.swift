import XCTest
@testable import MLMath

final class MLMathSmokeTests: XCTestCase {
  func testModuleLoads() { XCTAssertTrue(true) }
}
