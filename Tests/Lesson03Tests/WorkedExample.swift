import Foundation
import WorkbookBasics

/// Note 002's Stack Exchange post (classes C, Java, Python), worked on paper, as a batch of one.
enum NotesPost {
  /// W, 3 features × 3 classes; column k is class k's weights.
  static let W = Matrix([[0.2, 0.5, -0.1], [0.8, -0.4, 0.2], [-0.5, 0.3, 0.7]])
  static let b = Matrix(row: [-0.1, 0.2, 0.1])
  static let X = Matrix(row: [1, 2, 0])
  /// The post is about Python (class 2).
  static let Y = Matrix(row: [0, 0, 1])

  /// z_C = 0.2 + 1.6 + 0 − 0.1 = 1.7; z_Java = 0.5 − 0.8 + 0 + 0.2 = −0.1;
  /// z_Python = −0.1 + 0.4 + 0 + 0.1 = 0.4.
  static let Z = Matrix(row: [1.7, -0.1, 0.4])
  /// e^z = (5.4739474, 0.9048374, 1.4918247), total 7.8706095, so
  /// p̂ = (0.6954922, 0.1149641, 0.1895437).
  static let P = Matrix(row: [0.6954921834932195, 0.11496408469823284, 0.18954373180854764])
  /// L = −ln p̂_Python = −ln 0.1895437 = 1.6631355.
  static let loss = 1.6631355063687536
  /// dz = p̂ − y (m = 1).
  static let dZ = Matrix(row: [0.6954921834932195, 0.11496408469823284, 0.18954373180854764 - 1])
  /// dW = xᵀ·dz: row j is x_j·dz, so (dz, 2·dz, 0).
  static let dW = Matrix([dZ.values, dZ.values.map { 2 * $0 }, [0, 0, 0]])

  /// Multi-label: the same logits through a sigmoid each, σ(z) = (0.8455347, 0.4750208,
  /// 0.5986877), with the post tagged C and Python, y = (1, 0, 1):
  /// L = −[ln 0.8455347 + ln(1 − 0.4750208) + ln 0.5986877]
  ///   = 0.1677860 + 0.6443967 + 0.5130153 = 1.3251979.
  static let multiLabelY = Matrix(row: [1, 0, 1])
  static let multiLabelLoss = 1.3251979418597895
}

/// Note 002's three posts: p̂ rows (0.2, 0.7, 0.1), (0.1, 0.8, 0.1), (0.2, 0.2, 0.6) with true
/// classes C, Java, Python.
enum ThreePosts {
  static let P = Matrix([[0.2, 0.7, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]])
  static let Y = Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
  /// Logits whose softmax is P: z = ln p̂ (each row of P already adds up to 1).
  static let logits = P.map { log($0) }
  /// J = −(1/3)[ln 0.2 + ln 0.8 + ln 0.6] = (1.6094379 + 0.2231436 + 0.5108256) / 3 = 0.7811357.
  static let cost = 0.7811356958381003
  /// The notes' logit vectors, predicted Python, C, C.
  static let noteLogits = Matrix([[0.4967, -0.1383, 0.6477], [1.5230, -0.2342, -0.2341], [1.5792, 0.7674, -0.4695]])
  static let noteClasses = [2, 0, 0]
}

/// Seeded random multi-class problems, the same on every run.
enum RandomProblem {
  /// m × n standard-normal features, random classes, their one-hot labels, and small random
  /// starting parameters.
  static func make(
    rows: Int, features: Int, classes: Int, seed: UInt64
  ) -> (X: Matrix, classes: [Int], Y: Matrix, W: Matrix, b: Matrix) {
    var generator = SeededGenerator(seed: seed)
    let X = Matrix.randomNormal(rows: rows, columns: features, using: &generator)
    let labels = (0..<rows).map { _ in Int(generator.nextUniform() * Double(classes)) }
    var Y = Matrix.zeros(rows: rows, columns: classes)
    for (row, label) in labels.enumerated() { Y[row, label] = 1 }
    let W = Matrix.randomNormal(rows: features, columns: classes, standardDeviation: 0.5, using: &generator)
    let b = Matrix.randomNormal(rows: 1, columns: classes, standardDeviation: 0.5, using: &generator)
    return (X, labels, Y, W, b)
  }

  /// m × K logits with spread `scale`.
  static func logits(rows: Int, classes: Int, scale: Double = 2, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix.randomNormal(rows: rows, columns: classes, standardDeviation: scale, using: &generator)
  }
}
