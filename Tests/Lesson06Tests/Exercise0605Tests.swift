import GradingSupport
import Lesson06Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 6.5 · Batch norm inside a network.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the batch's statistics used at inference too (`training` ignored):
///   `testInferenceTreatsEveryRowOnItsOwn`, `testOneRowByHandAtInference`;
/// - the running statistics used in training too: `testTwoRowsByHandInTraining`;
/// - the running statistics updated at inference: `testOneRowByHandAtInference`;
/// - the momentum the wrong way round (0.1·old + 0.9·new): `testTwoRowsByHandInTraining`;
/// - the running variance fed the sample variance (÷ (m − 1)): `testMatchesTheLibraryInBothModes`;
/// - the ReLU applied before γ and β: `testMatchesTheLibraryInBothModes`.
final class Exercise0605Tests: XCTestCase {
  /// X = (1, 3)ᵀ, W₁ = [1], b₁ = 0: Z₁ = (1, 3)ᵀ, μ = 2, σ² = 1; with ε = 0, γ = 1, β = 0:
  /// x̂ = (−1, 1), ReLU → (0, 1); W₂ = [2], b₂ = 0.5: P = (0.5, 2.5).
  /// Running (0, 1) with momentum 0.9 → mean 0.9·0 + 0.1·2 = 0.2, variance 0.9·1 + 0.1·1 = 1.
  func testTwoRowsByHandInTraining() throws {
    let result = try attempt("6.5") {
      try Lesson06Exercises.batchNormNetworkForward(
        Matrix(column: [1, 3]), network: HandNetwork.parameters, running: (Matrix([[0]]), Matrix([[1]])),
        momentum: 0.9, epsilon: 0, training: true)
    }
    assertMatrix(
      result.output, matches: Matrix(column: [0.5, 2.5]), "P in training mode",
      hint: "In training normalise Z₁ with the batch's own μ = 2 and σ² = 1, not the running ones.")
    assertMatrix(
      Matrix(row: [result.running.mean[0, 0], result.running.variance[0, 0]]), matches: Matrix(row: [0.2, 1]),
      "the running mean and variance after the batch",
      hint: "running·momentum + batch·(1 − momentum): 0.9·0 + 0.1·2 = 0.2 for the mean.")
  }

  /// At inference with running (2, 1) and ε = 0, the single row X = 5: Z₁ = 5, x̂ = 3, P = 2·3 + 0.5.
  /// The running statistics come back unchanged.
  func testOneRowByHandAtInference() throws {
    let result = try attempt("6.5") {
      try Lesson06Exercises.batchNormNetworkForward(
        Matrix([[5]]), network: HandNetwork.parameters, running: (Matrix([[2]]), Matrix([[1]])), momentum: 0.9,
        epsilon: 0, training: false)
    }
    assertMatrix(
      result.output, matches: Matrix([[6.5]]), "P for one row at inference",
      hint: "At inference use the running μ = 2 and σ² = 1: x̂ = (5 − 2)/1 = 3. (A single row's own "
        + "statistics would make x̂ 0 or NaN.)")
    assertMatrix(
      Matrix(row: [result.running.mean[0, 0], result.running.variance[0, 0]]), matches: Matrix(row: [2, 1]),
      "the running statistics after an inference pass",
      hint: "Inference must not change the running statistics.")
  }

  /// A seeded 7 × 4 batch through 4 → 5 → 3 against the library's Dense, BatchNorm (with its
  /// running statistics set) and ReLU: training then inference, output and running statistics.
  func testMatchesTheLibraryInBothModes() throws {
    let seeded = SeededBatchNormNetwork(seed: 605)
    for training in [true, false] {
      let result = try attempt("6.5") {
        try Lesson06Exercises.batchNormNetworkForward(
          seeded.X, network: seeded.parameters, running: seeded.running, momentum: 0.8, epsilon: 1e-5,
          training: training)
      }
      var reference = seeded.reference(momentum: 0.8)
      let expected = reference.forward(seeded.X, training: training)
      let layer = try XCTUnwrap(reference.layers[1] as? BatchNorm)
      let mode = training ? "training" : "inference"
      assertMatrix(
        result.output, matches: expected, "P in \(mode) mode",
        hint: "Z₁ = X·W₁ + b₁ is normalised (with the batch's μ and σ² in training, the running ones at "
          + "inference), then γ and β, then ReLU, then W₂ and b₂.")
      assertMatrix(
        result.running.variance, matches: layer.runningVariance, "the running variance after \(mode)",
        hint: "In training: running·momentum + σ²_B·(1 − momentum), with σ²_B dividing by m as in 6.1; at "
          + "inference the running statistics come back unchanged.")
      assertMatrix(
        result.running.mean, matches: layer.runningMean, "the running mean after \(mode)",
        hint: "running·momentum + batch mean·(1 − momentum), in training only.")
    }
  }

  /// The property that makes inference mode necessary: there, each row's answer is its own,
  /// the same alone as inside the batch; in training the batch's statistics tie the rows together.
  func testInferenceTreatsEveryRowOnItsOwn() throws {
    let seeded = SeededBatchNormNetwork(seed: 606)
    func forward(_ X: Matrix, training: Bool) throws -> Matrix {
      try attempt("6.5") {
        try Lesson06Exercises.batchNormNetworkForward(
          X, network: seeded.parameters, running: seeded.running, momentum: 0.9, epsilon: 1e-5, training: training
        ).output
      }
    }
    let batch = try forward(seeded.X, training: false)
    let alone = try forward(seeded.X.row(2), training: false)
    assertMatrix(
      alone, matches: batch.row(2), "row 2 at inference, alone and inside the batch",
      hint: "At inference normalise with the running statistics, never the batch's.")
    var changed = seeded.X
    changed[0, 0] += 10
    XCTAssertNotEqual(
      try forward(changed, training: true).row(2), try forward(seeded.X, training: true).row(2),
      "in training, changing row 0 must change row 2's output (they share the batch's μ and σ²)\n"
        + "Hint: training mode normalises with the batch's own statistics.")
  }
}

/// The 1 → 1 → 1 network of the hand-worked cases: W₁ = [1], b₁ = 0, γ = 1, β = 0, W₂ = [2], b₂ = 0.5.
enum HandNetwork {
  static let parameters = (
    W1: Matrix([[1]]), b1: Matrix([[0]]), gamma: Matrix([[1]]), beta: Matrix([[0]]), W2: Matrix([[2]]),
    b2: Matrix([[0.5]])
  )
}

/// A seeded 4 → 5 → 3 network with batch normalisation after the first layer, a 7 × 4 batch and
/// running statistics away from their starting values.
struct SeededBatchNormNetwork {
  let X: Matrix
  let parameters: (W1: Matrix, b1: Matrix, gamma: Matrix, beta: Matrix, W2: Matrix, b2: Matrix)
  let running: (mean: Matrix, variance: Matrix)

  init(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    X = Matrix.randomNormal(rows: 7, columns: 4, mean: 1, standardDeviation: 2, using: &generator)
    parameters = (
      W1: .randomNormal(rows: 4, columns: 5, using: &generator),
      b1: .randomNormal(rows: 1, columns: 5, using: &generator),
      gamma: .randomUniform(rows: 1, columns: 5, in: 0.5..<2, using: &generator),
      beta: .randomNormal(rows: 1, columns: 5, using: &generator),
      W2: .randomNormal(rows: 5, columns: 3, using: &generator),
      b2: .randomNormal(rows: 1, columns: 3, using: &generator)
    )
    running = (
      mean: .randomNormal(rows: 1, columns: 5, using: &generator),
      variance: .randomUniform(rows: 1, columns: 5, in: 0.5..<3, using: &generator)
    )
  }

  /// The same network from the library's layers.
  func reference(momentum: Double) -> Sequential {
    var batchNorm = BatchNorm(features: 5, momentum: momentum)
    batchNorm.parameters = [parameters.gamma, parameters.beta]
    batchNorm.runningMean = running.mean
    batchNorm.runningVariance = running.variance
    return Sequential(
      [
        Dense(weights: parameters.W1, bias: parameters.b1), batchNorm, ActivationLayer(.relu),
        Dense(weights: parameters.W2, bias: parameters.b2),
      ], loss: MeanSquaredErrorLoss())
  }
}
