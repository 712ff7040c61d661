import WorkbookBasics

/// Why one step of `Sequential.computeGradients` or `trainingStep` was not taken: a number
/// stopped being finite. The network's parameters are left as they were.
///
/// `Sequential.train` turns each of these into a `TrainingError` that adds the epoch and step.
public enum StepError: Error, CustomStringConvertible, Equatable {
  /// The batch itself holds a NaN or ±∞ (a gap in the data, not a learning-rate problem).
  case dataNotFinite(name: String, row: Int, column: Int, value: Double)
  /// The network's output overflowed before the loss could be computed.
  case outputNotFinite(value: Double)
  /// The loss became NaN or infinite: the learning rate is almost always too large.
  case lossNotFinite(loss: Double)
  /// The loss was still finite but a gradient was not (it overflowed in the backward pass).
  case gradientNotFinite(layer: String)
  /// A parameter was NaN or ∞ before the step, so the output could not be finite.
  case parameterNotFinite(layer: String)

  /// What went wrong and what to try, without a place (the trainer adds epoch and step).
  public var description: String {
    switch self {
    case .dataNotFinite(let name, let row, let column, let value):
      return "\(name)[\(row), \(column)] is \(formatNumber(value)): the data has a missing or broken value "
        + "there; fill it in or drop that row (training would only spread it)"
    case .outputNotFinite(let value):
      return "the network's output became \(formatNumber(value)); try a smaller learning rate or clip the gradients"
    case .lossNotFinite(let loss):
      return "the loss became \(formatNumber(loss)); try a smaller learning rate or standardise the features"
    case .gradientNotFinite(let layer):
      return "a gradient of \(layer) became NaN or ∞ (the loss was still finite); try a smaller learning rate "
        + "or clip the gradients"
    case .parameterNotFinite(let layer):
      return "\(layer) holds a NaN or ∞ parameter before this step (set by hand, or left by an earlier "
        + "divergence); give it finite starting values"
    }
  }
}

/// Throws `StepError.dataNotFinite` naming the first NaN or ±∞ entry of `matrix`, called `name`
/// ("X" or "Y") in the message.
func throwIfDataNotFinite(_ matrix: Matrix, _ name: String) throws(StepError) {
  guard let entry = matrix.firstNonFiniteEntry else { return }
  throw .dataNotFinite(name: name, row: entry.row, column: entry.column, value: entry.value)
}
