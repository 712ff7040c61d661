import WorkbookBasics

/// Stops with a message naming `owner` unless the weights W are n × k with n, k ≥ 1 (k =
/// `outputs` when the model has a fixed number) and the bias b is 1 × k.
///
/// The models and the dense layer check this in `init` and again before each use, since their
/// `weights` and `bias` can be set afterwards: a 2 × 1 bias would otherwise broadcast silently
/// into a per-row bias.
/// - Parameters:
///   - weights: W.
///   - bias: b.
///   - owner: the model or layer, as the learner wrote it ("Dense", "LinearModel", …).
///   - outputs: the only k the model allows (1 for logistic regression), or nil for any.
func requireLayerShapes(weights: Matrix, bias: Matrix, _ owner: String, outputs: Int? = nil) {
  require(
    weights.rows > 0 && weights.columns > 0,
    "\(owner): needs at least one input and one output, got weights \(weights.shapeDescription)")
  if let outputs {
    require(
      weights.columns == outputs,
      "\(owner): the weights must be n×\(outputs), got \(weights.shapeDescription)")
  }
  require(
    bias.rows == 1 && bias.columns == weights.columns,
    "\(owner): the weights are \(weights.shapeDescription) (inputs × outputs), so the bias must be "
      + "1×\(weights.columns), got \(bias.shapeDescription)")
}

/// Z = X·W + b for a one-layer model, after `requireLayerShapes` and a check that X has one
/// column per row of W, with `owner` naming the caller in messages.
func affineOutput(_ features: Matrix, weights: Matrix, bias: Matrix, _ owner: String, outputs: Int? = nil) -> Matrix {
  requireLayerShapes(weights: weights, bias: bias, owner, outputs: outputs)
  require(
    features.columns == weights.rows,
    "\(owner): X is \(features.shapeDescription) but the model has \(weights.rows) weights per output — "
      + "X needs \(weights.rows) columns")
  return features.matmul(weights) + bias
}

/// Stops with a message naming `layer` unless the output gradient is rows × columns, the shape
/// of the last forward pass's input or output (`like`).
func requireOutputGradient(_ gradient: Matrix, rows: Int, columns: Int, _ layer: String, like what: String) {
  require(
    gradient.rows == rows && gradient.columns == columns,
    "\(layer): the output gradient is \(gradient.shapeDescription), expected \(rows)×\(columns) like the last \(what)")
}

/// Stops with a message naming `layer` unless `newValue` is two matrices of the shapes of the
/// layer's current pair (W and b, or γ and β): the check of every two-parameter layer's
/// `parameters` setter.
func requireParameterPair(
  _ newValue: [Matrix], like current: (Matrix, Matrix), symbols: (String, String), _ layer: String
) {
  require(
    newValue.count == 2 && newValue[0].shape == current.0.shape && newValue[1].shape == current.1.shape,
    "\(layer): expected [\(symbols.0) \(current.0.shapeDescription), \(symbols.1) \(current.1.shapeDescription)], got "
      + "[\(newValue.map(\.shapeDescription).joined(separator: ", "))]")
}
