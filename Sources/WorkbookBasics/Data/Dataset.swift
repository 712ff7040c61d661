/// A supervised-learning data set: a feature matrix and its targets.
public struct Dataset: Sendable {
  /// A short name, e.g. "Boston housing".
  public let name: String
  /// The names of the feature columns.
  public let featureNames: [String]
  /// The name of the target column.
  public let targetName: String
  /// The features, m × n: one row per observation.
  public var features: Matrix
  /// The targets, m × 1.
  public var targets: Matrix
  /// Something the learner must be told whenever this data is used (e.g. Boston's ethics note).
  public let caveat: String?

  /// Builds a data set from a table whose last column is the target.
  /// - Parameters:
  ///   - name: a short name.
  ///   - table: the parsed CSV; its last column becomes `targets`.
  ///   - caveat: a note to print whenever the data is used.
  public init(name: String, table: CSVTable, caveat: String? = nil) {
    let width = table.values.columns
    require(width >= 2, "Dataset(\(name)): needs at least one feature and a target column, got \(width) columns")
    self.name = name
    self.featureNames = Array(table.header.dropLast())
    self.targetName = table.header.last ?? "target"
    self.features = table.values.columns(in: 0..<(width - 1))
    self.targets = table.values.column(width - 1)
    self.caveat = caveat
  }

  /// The number of observations m.
  public var count: Int { features.rows }

  /// The observations at `indices`, in that order (e.g. a training split).
  public func subset(_ indices: [Int]) -> Dataset {
    if let bad = indices.first(where: { !(0..<count).contains($0) }) {
      fatalError("Dataset.subset: row \(bad) is out of range for \(name), which has rows 0..<\(count)")
    }
    var copy = self
    copy.features = features.rows(at: indices)
    copy.targets = targets.rows(at: indices)
    return copy
  }
}
