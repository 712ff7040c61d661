import XCTest

final class Placeholder0900Tests: XCTestCase {}
