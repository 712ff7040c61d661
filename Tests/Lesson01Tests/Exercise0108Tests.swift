import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.8 · Standardise with the training rows.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - μ and σ fitted on the training and test rows together (the leak): `testMatchesAScalerFittedOnTheTrainingRows`;
/// - the test rows standardised with their own μ and σ: `testAShiftedTestSetStaysShifted`;
/// - the sample deviation (÷ (m − 1)): `testTwoRowsByHand`;
/// - statistics per row instead of per column (the wrong axis): `testTwoRowsByHand`;
/// - a constant column divided by σ = 0 (NaN or ∞): `testTwoRowsByHand`;
/// - μ subtracted from the training rows but not from the test rows: `testTwoRowsByHand`;
/// - a constant column whose σ is a rounding error (1.4e-17) divided by it: `testARoundedConstantColumnIsStillConstant`.
final class Exercise0108Tests: XCTestCase {
  /// Train (1, 10, 5) and (3, 30, 5): μ = (2, 20, 5), σ = (1, 10, 1) (the constant column keeps 1).
  /// Test (4, 0, 6) becomes ((4 − 2)/1, (0 − 20)/10, (6 − 5)/1) = (2, −2, 1).
  func testTwoRowsByHand() throws {
    let result = try attempt("1.8") {
      try Lesson01Exercises.standardize(train: Matrix([[1, 10, 5], [3, 30, 5]]), test: Matrix([[4, 0, 6]]))
    }
    assertMatrix(
      result.train, matches: Matrix([[-1, -1, 0], [1, 1, 0]]), "the standardised training rows",
      hint: "One μ and σ per column (axis 0), σ dividing by m = 2; the constant third column has σ = 0: use 1.")
    assertMatrix(
      result.test, matches: Matrix([[2, -2, 1]]), "the standardised test row",
      hint: "(x − μ)/σ with the training rows' μ = (2, 20, 5) and σ = (1, 10, 1).")
  }

  /// 13 seeded training rows and 7 test rows of 4 features on different scales, against the
  /// library's `Standardizer` fitted on the training rows only.
  func testMatchesAScalerFittedOnTheTrainingRows() throws {
    var generator = SeededGenerator(seed: 108)
    let scales = Matrix(row: [1, 100, 0.01, 5])
    let train = Matrix.randomNormal(rows: 13, columns: 4, mean: 2, using: &generator) * scales
    let test = Matrix.randomNormal(rows: 7, columns: 4, mean: -1, using: &generator) * scales
    let result = try attempt("1.8") { try Lesson01Exercises.standardize(train: train, test: test) }
    let scaler = Standardizer(fittedTo: train)
    assertMatrix(
      result.train, matches: scaler.transform(train), "the 13 training rows",
      hint: "μ and σ per column (axis 0), from the training rows only, σ dividing by m (not m − 1).")
    assertMatrix(
      result.test, matches: scaler.transform(test), "the 7 test rows",
      hint: "The test rows use the training rows' μ and σ (σ dividing by m); fitting on all 20 rows lets the "
        + "test set leak into the scaling.")
  }

  /// Test rows that are the training rows + 5 stay 5/σ above them after scaling: standardising
  /// them with their own statistics would hide the shift.
  func testAShiftedTestSetStaysShifted() throws {
    let train = Matrix(column: [1, 2, 3, 4])
    let result = try attempt("1.8") { try Lesson01Exercises.standardize(train: train, test: train + 5) }
    let sigma = (1.25).squareRoot()
    assertNumber(
      result.test.mean(), matches: 5 / sigma, "the mean of the standardised test rows",
      hint: "The test rows are shifted by 5 = 4.47σ; scaled with the training μ and σ they keep that shift. A "
        + "mean of 0 means the test rows were standardised with their own statistics; 3.87 means σ "
        + "divided by m − 1.")
  }

  /// A column of three 0.1s has the mean 0.10000000000000002 and a rounding-error σ of about
  /// 1.4e-17: it is constant, so it is centred to 0 and a test value of 0.2 becomes 0.1, not 7e15.
  func testARoundedConstantColumnIsStillConstant() throws {
    let result = try attempt("1.8") {
      try Lesson01Exercises.standardize(train: Matrix(column: [0.1, 0.1, 0.1]), test: Matrix([[0.2]]))
    }
    assertMatrix(
      result.test, matches: Matrix([[0.2 - Matrix(column: [0.1, 0.1, 0.1]).mean()]]), "the test value 0.2",
      hint: "σ here is a rounding error (about 1.4e-17), not a spread: treat σ ≤ 10⁻¹²·|μ| as 0 and use σ = 1.")
  }
}
