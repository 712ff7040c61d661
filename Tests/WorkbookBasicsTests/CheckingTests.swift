import Foundation
import WorkbookBasics
import XCTest

final class CheckingTests: XCTestCase {
  func testRelativeError() {
    XCTAssertEqual(relativeError(1, 1), 0)
    XCTAssertEqual(relativeError(1, 3), 0.5)  // 2 / 4
    XCTAssertEqual(relativeError(0, 1e-12), 1e-4, accuracy: 1e-18)  // floor of 1e-8 in the denominator
    XCTAssertEqual(relativeError(Double.nan, 1), .infinity)
    XCTAssertEqual(relativeError(Matrix(row: [1, 2]), Matrix(row: [1, 6])), 0.5)
  }

  /// f(X) = Σ x² has gradient 2X.
  func testNumericGradientOfSumOfSquares() {
    let X = Matrix([[1, -2], [0.5, 3]])
    let gradient = numericGradient(of: { ($0 * $0).sum() }, at: X)
    XCTAssertLessThan(relativeError(gradient, 2 * X), 1e-9)
  }

  /// f(X) = sin(x₀₀)·x₀₁ has gradient (cos(x₀₀)·x₀₁, sin(x₀₀)).
  func testNumericGradientOfAProduct() {
    let X = Matrix(row: [0.7, 1.3])
    let gradient = numericGradient(of: { sin($0[0, 0]) * $0[0, 1] }, at: X)
    XCTAssertLessThan(relativeError(gradient, Matrix(row: [cos(0.7) * 1.3, sin(0.7)])), 1e-9)
  }
}
