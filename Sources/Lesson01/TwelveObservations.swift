import WorkbookBasics

/// Twelve observations with two features, the size of the notes' batch / mini-batch / stochastic
/// example (whose numbers the slides do not give): y = 4 + 3·x₁ − 2·x₂ + noise, seeded.
enum TwelveObservations {
  /// The bias of the rule that made the data.
  static let trueBias = 4.0
  /// The weights of the rule that made the data.
  static let trueWeights = Matrix(column: [3, -2])

  static let data: (X: Matrix, Y: Matrix) = {
    var generator = SeededGenerator(seed: 12)
    let X = Matrix.randomUniform(rows: 12, columns: 2, in: 0..<5, using: &generator)
    let noise = Matrix.randomNormal(rows: 12, columns: 1, standardDeviation: 0.5, using: &generator)
    return (X, trueBias + X.matmul(trueWeights) + noise)
  }()
}
