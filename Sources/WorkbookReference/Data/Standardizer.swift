import WorkbookBasics

/// Feature scaling by standardisation, scikit-learn's `StandardScaler`: each column becomes
/// `(x − mean) / standard deviation`, so every feature has mean 0 and spread 1.
///
/// Fit it on the training data only and apply the same numbers to the test data; fitting on
/// all rows lets the test set leak into training.
public struct Standardizer: Sendable {
  /// The mean of each column, 1 × n.
  public let means: Matrix
  /// The standard deviation of each column (population, ÷ m), 1 × n; a constant column
  /// (σ ≤ 10⁻¹²·|μ|, rounding included) gets 1 so that it is centred but not divided by zero.
  public let standardDeviations: Matrix

  /// Learns the mean and standard deviation of each column of `features`.
  /// - Parameter features: an m × n matrix with m ≥ 1.
  public init(fittedTo features: Matrix) {
    require(features.rows > 0, "Standardizer: cannot fit to an empty \(features.shapeDescription) matrix")
    requireFinite(
      features, "Standardizer(fittedTo:)", "X",
      cause: "fill in or drop missing values first: one NaN makes its column's mean NaN")
    means = features.mean(axis: 0)
    let variances = ((features - means) * (features - means)).mean(axis: 0)
    // A constant column has σ = 0 or, after rounding, a tiny σ such as 1e-17 (three 0.1s have a
    // mean of 0.10000000000000002): σ ≤ 10⁻¹²·|μ| counts as constant and gets 1.
    var deviations = variances.map { $0.squareRoot() }
    for j in 0..<deviations.columns where deviations[0, j] <= 1e-12 * abs(means[0, j]) { deviations[0, j] = 1 }
    standardDeviations = deviations
    if let column = standardDeviations.values.firstIndex(where: { !$0.isFinite }) {
      fatalError(
        "Standardizer(fittedTo:): the variance of column \(column) overflows (its values reach "
          + "\(formatNumber(features.column(column).map(abs).max()))); rescale that column first")
    }
  }

  /// A standardiser rebuilt from saved numbers, e.g. those a trained model was fitted with.
  /// - Parameters:
  ///   - means: the mean of each column, 1 × n, finite.
  ///   - standardDeviations: the deviation of each column, 1 × n, each finite and > 0.
  public init(means: Matrix, standardDeviations: Matrix) {
    require(
      means.rows == 1 && means.columns > 0 && standardDeviations.shape == means.shape,
      "Standardizer(means:standardDeviations:): both must be the same 1×n row, got "
        + "\(means.shapeDescription) and \(standardDeviations.shapeDescription)")
    requireFinite(means, "Standardizer(means:standardDeviations:)", "means")
    if let column = standardDeviations.values.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
      fatalError(
        "Standardizer(means:standardDeviations:): the deviation of column \(column) is "
          + "\(formatNumber(standardDeviations.values[column])); each must be a finite number > 0")
    }
    self.means = means
    self.standardDeviations = standardDeviations
  }

  /// Standardises `features` with the fitted means and deviations.
  /// - Parameter features: m × n, with the same n as the fitted data.
  /// - Returns: `(features − means) / standardDeviations`, m × n.
  public func transform(_ features: Matrix) -> Matrix {
    require(
      features.columns == means.columns,
      "Standardizer.transform: fitted to \(means.columns) columns, given \(features.shapeDescription)")
    return (features - means) / standardDeviations
  }
}
