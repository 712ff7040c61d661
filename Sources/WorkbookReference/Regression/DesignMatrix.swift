import WorkbookBasics

/// The design matrix of linear regression: a column of ones in front of the features, so that
/// the bias becomes one more weight.
///
/// ```
/// A = [1 | X]      m × (n + 1)
/// ```
/// - Parameter features: X, m × n.
/// - Returns: A, m × (n + 1).
public func designMatrix(_ features: Matrix) -> Matrix {
  Matrix.hstack([.ones(rows: features.rows, columns: 1), features])
}
