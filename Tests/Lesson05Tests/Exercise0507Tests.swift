import Foundation
import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.7 · Activation spread per layer.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - Z = A·W measured before the activation: `testTwoTanhLayersByHand`;
/// - the sample deviation (÷ (m·n − 1)), or the variance instead of its root, or the mean not
///   subtracted: `testOneLinearLayerByHand`;
/// - the input A₀ counted as a layer (one spread too many): `testOneLinearLayerByHand`;
/// - one deviation per column, averaged (the wrong axis): `testMatchesTheLibraryOnADeepTanhNetwork`;
/// - the activation given but not used (or used on the last layer only):
///   `testTwoTanhLayersByHand`, `testMatchesTheLibraryOnADeepTanhNetwork`.
final class Exercise0507Tests: XCTestCase {
  /// X = (1, 3)ᵀ, W = [2], f(z) = z: A₁ = (2, 6)ᵀ, mean 4, spread √((4 + 4)/2) = 2.
  func testOneLinearLayerByHand() throws {
    let spreads = try attempt("5.7") {
      try Lesson05Exercises.activationSpreads(Matrix(column: [1, 3]), weights: [Matrix([[2]])], activation: { $0 })
    }
    XCTAssertEqual(
      spreads.count, 1, "one spread per layer\nHint: return spread₁ … spread_L; the input A₀ is not a layer.")
    assertNumber(
      spreads.first ?? .nan, matches: 2, "the spread of A₁ = (2, 6)", sizes: ProblemSizes(examples: 2, classes: 1),
      hint: "mean 4, deviations ±2, so √((4 + 4)/2) = 2. 2.83 divides by m·n − 1; 4 is the variance; 4.47 "
        + "forgot to subtract the mean.")
  }

  /// X = (0.5, −0.5), W₁ = I, W₂ = (1, 1)ᵀ, f = tanh: A₁ = (tanh 0.5, −tanh 0.5), spread tanh 0.5 ≈ 0.4621;
  /// Z₂ = 0, A₂ = tanh 0 = 0, spread 0.
  func testTwoTanhLayersByHand() throws {
    let spreads = try attempt("5.7") {
      try Lesson05Exercises.activationSpreads(
        Matrix([[0.5, -0.5]]), weights: [.identity(2), Matrix(column: [1, 1])], activation: tanh)
    }
    assertMatrix(
      Matrix(row: spreads), matches: Matrix(row: [tanh(0.5), 0]), "the spreads of A₁ and A₂",
      hint: "Apply the activation to every layer before measuring: 0.5 (not 0.4621) is the spread of Z₁ = X·W₁, "
        + "before tanh.")
  }

  /// A seeded 40 × 12 batch through tanh layers 12 → 30 → 9 → 9 → 5 with LeCun weights, against
  /// the library's layers: the spread of all the entries of each layer's output.
  func testMatchesTheLibraryOnADeepTanhNetwork() throws {
    var generator = SeededGenerator(seed: 5071)
    let X = Matrix.randomNormal(rows: 40, columns: 12, mean: 1, standardDeviation: 2, using: &generator)
    let sizes = [12, 30, 9, 9, 5]
    let weights = (1..<sizes.count).map {
      Initializer.lecunNormal.weights(fanIn: sizes[$0 - 1], fanOut: sizes[$0], using: &generator)
    }
    let spreads = try attempt("5.7") {
      try Lesson05Exercises.activationSpreads(X, weights: weights, activation: tanh)
    }
    var expected = [Double]()
    var A = X
    for W in weights {
      var dense = Dense(weights: W, bias: .zeros(rows: 1, columns: W.columns))
      var activation = ActivationLayer(.tanh)
      A = activation.forward(dense.forward(A, training: false), training: false)
      expected.append(Matrix(row: A.values).variance(axis: 1)[0, 0].squareRoot())
    }
    assertMatrix(
      Matrix(row: spreads), matches: Matrix(row: expected), "the spreads of the four layers",
      hint: "Each layer's Aₗ after the activation, one deviation over all its m·n entries together (np.std(A), "
        + "dividing by m·n), not one per column averaged.")
  }

  /// The property the measurement is for: with weights of σ = 0.01 the tanh signal shrinks at
  /// every layer, while LeCun's σ² = 1/n_in keeps it alive through eight layers of width 100.
  func testTinyWeightsFadeWhileLeCunKeepsTheSignal() throws {
    var generator = SeededGenerator(seed: 5072)
    let X = Matrix.randomNormal(rows: 64, columns: 100, using: &generator)
    let tiny = (0..<8).map { _ in
      Matrix.randomNormal(rows: 100, columns: 100, standardDeviation: 0.01, using: &generator)
    }
    let lecun = (0..<8).map { _ in Initializer.lecunNormal.weights(fanIn: 100, fanOut: 100, using: &generator) }
    let (fading, kept) = try attempt("5.7") {
      (
        try Lesson05Exercises.activationSpreads(X, weights: tiny, activation: tanh),
        try Lesson05Exercises.activationSpreads(X, weights: lecun, activation: tanh)
      )
    }
    XCTAssertTrue(
      zip(fading, fading.dropFirst()).allSatisfy { $0 > $1 } && (fading.last ?? 1) < 1e-6,
      "with σ = 0.01 each layer's spread is about a tenth of the last: got \(fading.map { formatNumber($0) })")
    XCTAssertGreaterThan(
      kept.last ?? 0, 0.2,
      "with LeCun weights the eighth tanh layer still has spread: got \(kept.map { formatNumber($0) })")
  }
}
