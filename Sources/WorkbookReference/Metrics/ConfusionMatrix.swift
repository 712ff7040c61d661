import WorkbookBasics

/// Counts of (true class, predicted class) pairs: row t, column p holds how many examples of
/// class t were predicted as class p. The diagonal holds the right answers.
public struct ConfusionMatrix: Equatable, Sendable {
  /// counts[t][p]: examples of true class t predicted as p, K × K.
  public let counts: [[Int]]

  /// Tallies predictions against the truth.
  /// - Parameters:
  ///   - predicted: m predicted class numbers.
  ///   - expected: the m true class numbers.
  ///   - classCount: K; every class number must be in 0..<K.
  /// - Precondition: equal lengths and class numbers in range.
  public init(predicted: [Int], expected: [Int], classCount: Int) {
    require(
      predicted.count == expected.count,
      "ConfusionMatrix: \(predicted.count) predictions but \(expected.count) true classes")
    require(classCount >= 1, "ConfusionMatrix: the number of classes must be at least 1, got \(classCount)")
    var counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
    for (index, (guess, truth)) in zip(predicted, expected).enumerated() {
      require(
        (0..<classCount).contains(guess) && (0..<classCount).contains(truth),
        "ConfusionMatrix: example \(index) has true class \(truth) and prediction \(guess); both must be in 0..<\(classCount)"
      )
      counts[truth][guess] += 1
    }
    self.counts = counts
  }

  /// K, the number of classes.
  public var classCount: Int { counts.count }

  /// How many examples were counted.
  public var total: Int { counts.joined().reduce(0, +) }

  /// The fraction predicted correctly: the diagonal over the total.
  public var accuracy: Double {
    let correct = (0..<classCount).map { counts[$0][$0] }.reduce(0, +)
    require(total > 0, "ConfusionMatrix.accuracy: the matrix counts no examples, so there is no accuracy")
    return Double(correct) / Double(total)
  }

  /// The off-diagonal cells, most frequent first (ties by true class, then predicted class):
  /// which mistakes the model makes most.
  public var mistakes: [(truth: Int, predicted: Int, count: Int)] {
    var cells = [(truth: Int, predicted: Int, count: Int)]()
    for truth in 0..<classCount {
      for guess in 0..<classCount where guess != truth && counts[truth][guess] > 0 {
        cells.append((truth, guess, counts[truth][guess]))
      }
    }
    return cells.sorted { $0.count > $1.count }
  }

  /// The matrix as a printable table, with a recall column (the fraction of each true class
  /// found). Zeros off the diagonal print as "·" so the mistakes stand out.
  /// - Parameter names: a label per class (default: the class numbers).
  public func table(names: [String]? = nil) -> TextTable {
    require(
      names == nil || names?.count == classCount,
      "ConfusionMatrix.table: \(names?.count ?? 0) names for \(classCount) classes — give one name per class")
    let labels = names ?? (0..<classCount).map(String.init)
    let rows = (0..<classCount).map { truth -> [String] in
      let row = counts[truth]
      let cells = row.enumerated().map { guess, count in count == 0 && guess != truth ? "·" : "\(count)" }
      let found = Double(row[truth]) / Double(Swift.max(row.reduce(0, +), 1))
      return ["true \(labels[truth])"] + cells + [formatNumber(found, decimals: 2)]
    }
    return TextTable(headers: ["predicted →"] + labels + ["recall"], rows: rows)
  }
}
