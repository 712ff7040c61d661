import WorkbookBasics
import WorkbookReference

/// A 2 × 2 batch worked by hand, with ε = 0:
/// X = [[1, 2], [3, 6]] → μ = (2, 4), σ² = ((1 + 1)/2, (4 + 4)/2) = (1, 4) (dividing by m = 2),
/// x̂ = [[−1, −1], [1, 1]]. With γ = (2, 0.5), β = (1, −1): z = [[−1, −1.5], [3, −0.5]].
/// (Dividing by m − 1 would give σ² = (2, 8) and x̂ = ±0.7071.)
enum TwoByTwo {
  static let X = Matrix([[1, 2], [3, 6]])
  static let gamma = Matrix(row: [2, 0.5])
  static let beta = Matrix(row: [1, -1])
  static let mean = Matrix(row: [2, 4])
  static let variance = Matrix(row: [1, 4])
  static let normalised = Matrix([[-1, -1], [1, 1]])
  static let output = Matrix([[-1, -1.5], [3, -0.5]])
  /// With dz = [[1, 0], [0, 1]]: dβ = Σ dz = (1, 1), dγ = Σ dz ⊙ x̂ = (−1, 1). And dx = 0: with
  /// m = 2, x̂ is ±1 whatever X is, so z does not depend on X at all.
  static let dZ = Matrix([[1, 0], [0, 1]])
  static let dBeta = Matrix(row: [1, 1])
  static let dGamma = Matrix(row: [-1, 1])
  static let dX = Matrix.zeros(rows: 2, columns: 2)
}

/// A seeded batch with γ and β away from 1 and 0, for comparisons with the library.
struct SeededBatch {
  let X: Matrix
  let gamma: Matrix
  let beta: Matrix
  let dZ: Matrix
  let epsilon = 1e-5

  init(seed: UInt64, rows: Int = 6, columns: Int = 3) {
    var generator = SeededGenerator(seed: seed)
    X = Matrix.randomNormal(rows: rows, columns: columns, mean: 3, standardDeviation: 2, using: &generator)
    gamma = Matrix.randomUniform(rows: 1, columns: columns, in: 0.5..<2, using: &generator)
    beta = Matrix.randomNormal(rows: 1, columns: columns, using: &generator)
    dZ = Matrix.randomNormal(rows: rows, columns: columns, using: &generator)
  }

  /// σ² of X's columns, dividing by m.
  var variance: Matrix {
    let centred = X - X.mean(axis: 0)
    return (centred * centred).mean(axis: 0)
  }

  /// x̂ = (X − μ)/√(σ² + ε).
  var normalised: Matrix { (X - X.mean(axis: 0)) / variance.map { ($0 + epsilon).squareRoot() } }

  /// The library's layer with these γ and β.
  var layer: BatchNorm {
    var layer = BatchNorm(features: X.columns, epsilon: epsilon)
    layer.parameters = [gamma, beta]
    return layer
  }
}
