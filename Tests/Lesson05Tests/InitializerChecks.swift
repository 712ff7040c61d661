import GradingSupport
import WorkbookBasics
import WorkbookReference
import XCTest

/// The checks the initialisation exercises (5.1, 5.2 and 5.6) share.
enum InitializerChecks {
  /// Compares `W` with the library's `rule` drawn from the same seed, then checks that the
  /// exercise drew exactly fanIn × fanOut numbers: afterwards both generators must be in step.
  static func assertSameDraws(
    _ W: Matrix, generator: inout SeededGenerator, rule: Initializer, seed: UInt64, fanIn: Int, fanOut: Int,
    _ what: String, hint: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    var reference = SeededGenerator(seed: seed)
    let expected = rule.weights(fanIn: fanIn, fanOut: fanOut, using: &reference)
    assertMatrix(W, matches: expected, what, hint: hint, file: file, line: line)
    XCTAssertEqual(
      generator.nextUniform(), reference.nextUniform(),
      "Draw the weights with exactly one randomNormal call of fanIn × fanOut numbers: the generator has moved "
        + "on by a different amount than the reference's.", file: file, line: line)
  }

  /// Checks the shape of a large draw, that its mean square (its variance: the mean is 0) is
  /// `variance` within a relative error of 0.03, and that it is centred on 0.
  static func assertLargeDraw(
    _ W: Matrix, fanIn: Int, fanOut: Int, variance: Double, hint: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertEqual(W.rows, fanIn, "W has one row per input (fanIn)", file: file, line: line)
    XCTAssertEqual(W.columns, fanOut, "W has one column per output (fanOut)", file: file, line: line)
    assertNumber(
      W.map { $0 * $0 }.mean(), matches: variance, "the variance of \(fanIn) × \(fanOut) weights", tolerance: 0.03,
      hint: hint, file: file, line: line)
    XCTAssertLessThan(abs(W.mean()), 1e-3, "the weights are centred on 0", file: file, line: line)
  }
}
