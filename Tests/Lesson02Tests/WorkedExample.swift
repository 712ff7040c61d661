import Foundation
import WorkbookBasics

/// Note 002's email, worked on paper (each derivation in a comment), as a batch of one.
enum NotesEmail {
  static let X = Matrix([[1, 2, 0]])
  static let w = Matrix(column: [0.2, 0.5, -0.3])
  static let b = Matrix([[-0.1]])
  static let Y = Matrix([[0]])

  /// z = 0.2·1 + 0.5·2 + (−0.3)·0 − 0.1 = 1.1.
  static let z = 1.1
  /// a = 1 / (1 + e^−1.1) = 1 / 1.33287108 = 0.7502601056.
  static let a = 0.7502601055951177
  /// y = 0, so L = −ln(1 − a) = −ln 0.2497398944 = 1.3873353 (the notes print 0.2877, which is −ln 0.75).
  static let loss = 1.3873353251154312
  /// dz = a − y = a; dw = xᵀ·dz = (a, 2a, 0); db = dz (m = 1).
  static let dw = Matrix(column: [a, 2 * a, 0])
  static let db = Matrix([[a]])
}

/// Note 002's three emails: p̂ = (0.9, 0.3, 0.6), y = (1, 0, 1).
enum ThreeEmails {
  static let probabilities = Matrix(column: [0.9, 0.3, 0.6])
  static let Y = Matrix(column: [1, 0, 1])
  /// The logits that give those probabilities: z = ln(p̂ / (1 − p̂)).
  static let logits = probabilities.map { log($0 / (1 - $0)) }
  /// J = −(1/3)[ln 0.9 + ln 0.7 + ln 0.6] = (0.1053605 + 0.3566749 + 0.5108256) / 3 = 0.3242870.
  static let cost = 0.3242870277875165
}

/// Seeded random classification problems, the same on every run.
enum RandomProblem {
  /// m × n standard-normal features, labels from a noisy linear rule, and small random
  /// starting parameters.
  static func make(rows: Int, features: Int, seed: UInt64) -> (X: Matrix, Y: Matrix, w: Matrix, b: Matrix) {
    var generator = SeededGenerator(seed: seed)
    let X = Matrix.randomNormal(rows: rows, columns: features, using: &generator)
    let rule = Matrix.randomNormal(rows: features, columns: 1, using: &generator)
    let noise = Matrix.randomNormal(rows: rows, columns: 1, standardDeviation: 0.5, using: &generator)
    let Y = (X.matmul(rule) + 0.3 + noise).map { $0 >= 0 ? 1 : 0 }
    let w = Matrix.randomNormal(rows: features, columns: 1, standardDeviation: 0.5, using: &generator)
    let b = Matrix([[generator.nextNormal(standardDeviation: 0.5)]])
    return (X, Y, w, b)
  }
}
