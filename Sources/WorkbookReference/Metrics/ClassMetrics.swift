import WorkbookBasics

/// How well one class is found, from a confusion matrix (rows true, columns predicted).
///
/// ```
/// precision = TP / (TP + FP)   of the examples predicted as the class, the share that are it (its column)
/// recall    = TP / (TP + FN)   of the examples of the class, the share predicted as it (its row)
/// F1        = 2·precision·recall / (precision + recall), their harmonic mean
/// ```
/// A ratio with nothing to divide by (a class never predicted has no precision) is nil, where
/// scikit-learn reports 0 with a warning.
public struct ClassMetrics: Sendable, Equatable {
  /// The class number.
  public let classIndex: Int
  /// TP / (TP + FP), or nil when nothing was predicted as this class.
  public let precision: Double?
  /// TP / (TP + FN), or nil when no example is of this class.
  public let recall: Double?
  /// The harmonic mean of precision and recall, nil when either is nil, 0 when both are 0.
  public let f1: Double?
  /// How many examples are of this class (TP + FN): scikit-learn's "support".
  public let support: Int
}

extension ConfusionMatrix {
  /// Precision, recall and F1 of every class, in class order.
  public var classMetrics: [ClassMetrics] {
    (0..<classCount).map { label in
      let hits = counts[label][label]
      let predictedAs = counts.reduce(0) { $0 + $1[label] }
      let support = counts[label].reduce(0, +)
      let precision = predictedAs > 0 ? Double(hits) / Double(predictedAs) : nil
      let recall = support > 0 ? Double(hits) / Double(support) : nil
      var f1: Double?
      if let precision, let recall { f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
      return ClassMetrics(classIndex: label, precision: precision, recall: recall, f1: f1, support: support)
    }
  }

  /// Precision, recall, F1 and support per class as a printable table, with the macro mean
  /// (the plain mean over the classes that have each value) and the total support as the last
  /// row.
  /// - Parameter names: a label per class (default: the class numbers).
  public func metricsTable(names: [String]? = nil) -> TextTable {
    require(
      names == nil || names?.count == classCount,
      "ConfusionMatrix.metricsTable: \(names?.count ?? 0) names for \(classCount) classes — give one name per class")
    let labels = names ?? (0..<classCount).map(String.init)
    let metrics = classMetrics
    let cell = { (value: Double?) in value.map { formatNumber($0, decimals: 3) } ?? "—" }
    var rows = metrics.map {
      [labels[$0.classIndex], cell($0.precision), cell($0.recall), cell($0.f1), "\($0.support)"]
    }
    let mean = { (values: [Double?]) -> Double? in
      let known = values.compactMap { $0 }
      return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }
    rows.append([
      "macro mean", cell(mean(metrics.map(\.precision))), cell(mean(metrics.map(\.recall))),
      cell(mean(metrics.map(\.f1))),
      "\(total)",
    ])
    return TextTable(headers: ["class", "precision", "recall", "F1", "support"], rows: rows)
  }
}
