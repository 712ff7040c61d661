import WorkbookBasics

/// The small batch of sections 1–3: the first four Boston suburbs, three features on very
/// different scales.
enum SmallBatch {
  /// The features shown.
  static let featureNames = ["RM", "AGE", "TAX"]

  /// The whole Boston data restricted to `featureNames`, one row per suburb.
  static func bostonColumns() throws -> Matrix {
    let boston = try BundledDataset.boston.load()
    let indices = featureNames.map { name in boston.featureNames.firstIndex(of: name) ?? -1 }
    require(!indices.contains(-1), "Lesson06: the Boston data has no column among \(featureNames)")
    return Matrix.hstack(indices.map { boston.features.column($0) })
  }

  /// X, 4 × 3: the first four rows.
  static func load() throws -> Matrix {
    try bostonColumns().rows(at: Array(0..<4))
  }

  /// γ and β for the examples (away from 1 and 0, so that their role shows).
  static let gamma = Matrix(row: [1, 2, 0.5])
  /// See `gamma`.
  static let beta = Matrix(row: [0, -1, 3])
}

/// A row written as a tuple with a fixed number of decimals (no scientific notation, so a
/// rounding residue such as 1e-15 prints as 0.00).
func fixedTuple(_ row: Matrix, decimals: Int = 2) -> String {
  "(" + row.values.map { formatFixed($0, decimals: decimals) }.joined(separator: ", ") + ")"
}
