import WorkbookBasics

/// Fits linear regression in one step by least squares, with no learning rate and no epochs.
///
/// ```
/// A = [1 | X],   θ = (AᵀA)⁻¹ Aᵀ y   (solved as AᵀA θ = Aᵀ y)
/// ```
/// θ's first entry is the bias, the rest are the weights.
/// - Parameters:
///   - features: X, m × n, with m > n.
///   - targets: Y, m × k.
/// - Returns: the model minimising the mean squared error on this data.
/// - Throws: `LinearAlgebraError.singular` when AᵀA cannot be inverted (a constant or repeated
///   feature).
public func fitByNormalEquation(features: Matrix, targets: Matrix) throws -> LinearModel {
  require(
    features.rows == targets.rows,
    "fitByNormalEquation: X is \(features.shapeDescription) but Y is \(targets.shapeDescription) — they need the same number of rows"
  )
  try throwIfNotFinite(features, "fitByNormalEquation", "X")
  try throwIfNotFinite(targets, "fitByNormalEquation", "Y")
  require(
    features.rows > features.columns,
    "fitByNormalEquation: X is \(features.shapeDescription); fitting \(features.columns) weights and a bias needs "
      + "more rows than features (at least \(features.columns + 1))")
  let design = designMatrix(features)
  let designT = design.transposed()
  let gram = designT.matmul(design)
  let moments = designT.matmul(targets)
  guard gram.isFinite, moments.isFinite else {
    throw LinearAlgebraError.overflow(operation: "fitByNormalEquation", what: "XᵀX or Xᵀy")
  }
  let theta = try solveLinearSystem(gram, moments)
  return LinearModel(weights: theta.rows(in: 1..<theta.rows), bias: theta.row(0))
}
