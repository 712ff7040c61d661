import WorkbookBasics
import WorkbookReference

/// The notes' one-parameter example (note 002): X = Y = (1, 2, 3), h(x) = θ·x with no bias,
/// and the cost J(θ) = 1/(2m)·Σ(θx − y)², which is half our mean squared error.
enum OneParameterProblem {
  static let x = Matrix(column: [1, 2, 3])
  static let y = Matrix(column: [1, 2, 3])

  /// J(θ) = MSE(θx, y) / 2.
  static func cost(_ theta: Double) -> Double {
    meanSquaredError(predicted: model(theta).predict(x), expected: y) / 2
  }

  /// dJ/dθ, half the MSE gradient of the one weight.
  static func slope(_ theta: Double) -> Double {
    model(theta).gradients(features: x, targets: y).weights[0, 0] / 2
  }

  /// θ after `steps` steps of gradient descent on J from `start`.
  static func descend(from start: Double, learningRate: Double, steps: Int) -> [Double] {
    var thetas = [start]
    for _ in 0..<steps { thetas.append(thetas[thetas.count - 1] - learningRate * slope(thetas[thetas.count - 1])) }
    return thetas
  }

  private static func model(_ theta: Double) -> LinearModel {
    LinearModel(weights: Matrix([[theta]]), bias: .zeros(rows: 1, columns: 1))
  }
}
