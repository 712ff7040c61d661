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
  let design = designMatrix(features)
  let designT = design.transposed()
  let theta = try solveLinearSystem(designT.matmul(design), designT.matmul(targets))
  return LinearModel(weights: theta.rows(in: 1..<theta.rows), bias: theta.row(0))
}
