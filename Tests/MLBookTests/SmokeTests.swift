import XCTest
@testable import MLBook

final class MLBookSmokeTests: XCTestCase {
  func testModuleLoads() { XCTAssertTrue(true) }
}
