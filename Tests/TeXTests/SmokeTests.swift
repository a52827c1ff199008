import XCTest
@testable import TeX

final class TeXSmokeTests: XCTestCase {
  func testModuleLoads() { XCTAssertTrue(true) }
}
