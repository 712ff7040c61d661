import WorkbookCompanion
import XCTest

final class PlainAdviceTests: XCTestCase {
  /// The messages are the compiler's (Swift 6.3.1), recorded from the slips in each comment.
  func testTheCompilerErrorsAPythonUserMeets() throws {
    let cases: [(message: String, advice: String)] = [
      // let x = 1 + try f()
      ("'try' cannot appear to the right of a non-assignment operator", "`try a + f(x)`, not `a + try f(x)`"),
      // W1 = W1 - dW (W1 a parameter)
      ("cannot assign to value: 'W1' is a 'let' constant", "`var W1 = W1`"),
      // r * m, with m an Int
      ("cannot convert value of type 'Int' to expected argument type 'Double'", "`Double(m)`"),
      // values.reduce(0, +) / values.count
      (
        "cannot convert value of type '(Int) -> Int' to expected argument type '(Int, Double) throws -> Int'",
        "`Double(values.count)`"
      ),
      ("binary operator '/' cannot be applied to operands of type 'Double' and 'Int'", "`Double(n)`"),
      // let q = f(), f throwing
      ("call can throw but is not marked with 'try'", "`try?` turns an error into nil and hides it"),
      ("errors thrown from here are not handled", "add `throws`"),
      // let v = try? f(); return v
      ("value of optional type 'Double?' must be unwrapped to a value of type 'Double'", "use plain `try`"),
      ("missing return in global function expected to return 'Double'", "`return value`"),
      ("missing return in instance method expected to return 'Int'", "`return value`"),
      ("cannot find 'sqrt' in scope", "`import Foundation`"),
      // w -= dw (w a parameter); Y[0] = 1 (Y a parameter)
      ("left side of mutating operator isn't mutable: 'w' is a 'let' constant", "`var w = w`"),
      ("cannot assign through subscript: 'Y' is a 'let' constant", "`var Y = Y`"),
      // for _ in 0..<n, n a Double
      ("protocol 'Sequence' requires that 'Double' conform to 'SignedInteger'", "`Int(n)`"),
      // a Double count where an Int is needed
      ("cannot convert value of type 'Double' to expected argument type 'Int'", "`Int(x)`"),
      // let M: Double = z.max()
      (
        "value of optional type 'Double?' must be unwrapped to a value of type 'Double'",
        "`values.reduce(-Double.infinity, max)`"
      ),
      // (1 / m) * X with an Int m; Python habits
      ("binary operator '*' cannot be applied to operands of type 'Int' and 'Matrix'", "`Double(m) * X`"),
      ("cannot find 'range' in scope", "`for i in 0..<n`"),
      ("cannot find 'len' in scope", "`.count`"),
      // x ** 2; pow(W, 2) and sqrt(W) with W a Matrix
      ("no operator '**' is defined; did you mean 'pow(_:_:)'?", "`w * w`"),
      ("cannot convert value of type 'Matrix' to expected argument type 'Decimal'", "`w.map { pow($0, 3) }`"),
      ("no exact matches in call to global function 'sqrt'", "`w.map { sqrt($0) }`"),
      // (f(x + h) - f(x - h)) / 2h
      ("'h' is not a valid digit in integer literal", "write `2 * h`"),
    ]
    for (message, advice) in cases {
      let said = try XCTUnwrap(PlainAdvice.forCompilerError(message), message)
      XCTAssertTrue(said.contains(advice), "for \"\(message)\" the advice was: \(said)")
    }
    XCTAssertNil(PlainAdvice.forCompilerError("cannot find 'softmaxx' in scope"))
    XCTAssertNil(PlainAdvice.forCompilerError("expected expression after operator"))
    XCTAssertNil(PlainAdvice.forCompilerError("no exact matches in call to global function 'max'"))
  }

  func testPythonFloorDivisionThatCompilesAsAComment() {
    let lines = [
      "func foldSizes(count: Int, folds: Int) -> [Int] {",
      "  let size = count // folds",
      "  let extra = count % folds  // the remainder",
      "  // count // folds rows each",
      "  let label = \"a // b\"",
      "  return (size + 1) // 2",
      "}",
    ]
    let notes = PlainAdvice.forSource(lines, firstLine: 40)
    XCTAssertEqual(notes.count, 2, notes.joined(separator: "\n"))
    XCTAssertTrue(notes.first?.hasPrefix("line 41: in `count // folds`") ?? false, notes.first ?? "none")
    XCTAssertTrue(notes.first?.contains("write `count / folds`") ?? false, notes.first ?? "none")
    XCTAssertTrue(notes.last?.hasPrefix("line 45: in `(size + 1) // 2`") ?? false, notes.last ?? "none")
  }

  func testCommonCrashes() throws {
    XCTAssertTrue(try XCTUnwrap(PlainAdvice.forCrash("Fatal error: Index out of range")).contains("for i in 0..<n"))
    XCTAssertTrue(
      try XCTUnwrap(PlainAdvice.forCrash("Fatal error: Range requires lowerBound <= upperBound")).contains("`0..<n`"))
    XCTAssertNotNil(PlainAdvice.forCrash("Fatal error: Division by zero"))
    XCTAssertNotNil(PlainAdvice.forCrash("Fatal error: Unexpectedly found nil while unwrapping an Optional value"))
    XCTAssertNil(PlainAdvice.forCrash("Fatal error: matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ"))
    XCTAssertTrue(try XCTUnwrap(PlainAdvice.forCrash("Swift runtime failure: arithmetic overflow")).contains("Int.max"))
  }
}

final class StaleBuildTests: XCTestCase {
  func testRecognisesTheLinkerMissingAnExerciseModuleOnLinuxAndMacOS() {
    XCTAssertEqual(StaleBuild.missingExerciseModules(in: RecordedTestOutput.staleLinkLinux), ["Lesson02Exercises"])
    XCTAssertEqual(StaleBuild.missingExerciseModules(in: RecordedTestOutput.staleLinkMacOS), ["Lesson04Exercises"])
    XCTAssertTrue(StaleBuild.isStale(RecordedTestOutput.staleLinkLinux))
  }

  func testRecognisesAPlanThatNamesMissingFiles() {
    XCTAssertEqual(StaleBuild.missingExerciseModules(in: RecordedTestOutput.missingOutputFileMap), [])
    XCTAssertTrue(StaleBuild.isStale(RecordedTestOutput.missingOutputFileMap))
  }

  func testAnOrdinaryFailureIsNotStale() {
    XCTAssertFalse(StaleBuild.isStale(RecordedTestOutput.compilerError))
    XCTAssertFalse(
      StaleBuild.isStale("error: undefined reference to '$s14WorkbookBasics6MatrixV'"),
      "only exercise modules are the learner's to go stale")
  }
}
