import WorkbookBasics

/// The batch of three observations that Lesson 1's walkthrough works by hand, with the
/// results derived on paper (each derivation in a comment).
enum WorkedExample {
  static let X = Matrix([[1.0, 2.0, 0.5], [0.0, 1.0, 3.0], [2.0, 0.5, 1.0]])
  static let W = Matrix(column: [0.5, -1.0, 2.0])
  static let b = Matrix([[0.25]])
  static let Y = Matrix(column: [0.0, 4.0, 3.0])

  /// X·W = (0.5 − 2 + 1, 0 − 1 + 6, 1 − 0.5 + 2) = (−0.5, 5, 2.5); + 0.25 each.
  static let P = Matrix(column: [-0.25, 5.25, 2.75])
  /// Y − P = (0.25, −1.25, 0.25); squares 0.0625 + 1.5625 + 0.0625 = 1.6875; ÷ 3.
  static let mse = 0.5625
  /// dL/dP = −(2/3)(Y − P) = (−1/6, 5/6, −1/6); dL/dW = Xᵀ·dL/dP:
  /// (−1/6 − 2/6, −2/6 + 5/6 − 0.5/6, −0.5/6 + 15/6 − 1/6) = (−0.5, 2.5/6, 2.25).
  static let dW = Matrix(column: [-0.5, 2.5 / 6, 2.25])
  /// dL/dB = −1/6 + 5/6 − 1/6 = 0.5.
  static let dB = Matrix([[0.5]])
}

/// Seeded random problems, the same on every run.
enum RandomProblem {
  /// A regression batch of `rows` × `features` with targets from a noisy linear rule.
  static func make(rows: Int, features: Int, seed: UInt64) -> (X: Matrix, Y: Matrix, W: Matrix, b: Matrix) {
    var generator = SeededGenerator(seed: seed)
    let X = Matrix.randomNormal(rows: rows, columns: features, using: &generator)
    let trueW = Matrix.randomNormal(rows: features, columns: 1, using: &generator)
    let noise = Matrix.randomNormal(rows: rows, columns: 1, standardDeviation: 0.1, using: &generator)
    let Y = X.matmul(trueW) + 0.7 + noise
    let W = Matrix.randomNormal(rows: features, columns: 1, standardDeviation: 0.5, using: &generator)
    let b = Matrix([[generator.nextNormal()]])
    return (X, Y, W, b)
  }
}
