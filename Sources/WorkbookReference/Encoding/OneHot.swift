import WorkbookBasics

/// One-hot encoding: class number c becomes a row of K entries with a single 1, in column c.
///
/// ```
/// oneHot([2, 0], classCount: 3) = [ 0 0 1 ]
///                                 [ 1 0 0 ]
/// ```
/// - Parameters:
///   - classes: m class numbers.
///   - classCount: K, the number of classes.
/// - Returns: Y, m × K.
/// - Precondition: K ≥ 1 and every class number in 0..<K.
public func oneHot(_ classes: [Int], classCount: Int) -> Matrix {
  require(classCount >= 1, "oneHot: the number of classes must be at least 1, got \(classCount)")
  var encoded = Matrix.zeros(rows: classes.count, columns: classCount)
  for (row, label) in classes.enumerated() {
    require(
      (0..<classCount).contains(label),
      "oneHot: class \(label) (row \(row)) is outside 0..<\(classCount); classes are numbered from 0")
    encoded[row, label] = 1
  }
  return encoded
}

/// Multi-hot encoding for multi-label targets: each example's set of classes becomes a row with
/// a 1 in each of those columns (any number of them, including none).
///
/// ```
/// multiHot([[0, 2], [1]], classCount: 3) = [ 1 0 1 ]
///                                          [ 0 1 0 ]
/// ```
/// - Parameters:
///   - labelSets: for each example, the classes it belongs to.
///   - classCount: K.
/// - Returns: Y, m × K with entries 0 and 1.
/// - Precondition: every class number in 0..<K.
public func multiHot(_ labelSets: [[Int]], classCount: Int) -> Matrix {
  require(classCount >= 1, "multiHot: the number of classes must be at least 1, got \(classCount)")
  var encoded = Matrix.zeros(rows: labelSets.count, columns: classCount)
  for (row, labels) in labelSets.enumerated() {
    for label in labels {
      require(
        (0..<classCount).contains(label), "multiHot: class \(label) (row \(row)) is outside 0..<\(classCount)")
      encoded[row, label] = 1
    }
  }
  return encoded
}

/// Reads a target column of class numbers stored as numbers (0.0, 1.0, …, as in a CSV) into
/// integers, checking each one.
/// - Parameters:
///   - targets: m × 1, each a whole number in 0..<K.
///   - classCount: K.
/// - Returns: the m class numbers.
/// - Precondition: a single column of whole numbers in range.
public func classNumbers(_ targets: Matrix, classCount: Int) -> [Int] {
  require(classCount >= 1, "classNumbers: the number of classes must be at least 1, got \(classCount)")
  require(targets.columns == 1, "classNumbers: expected one target column, got \(targets.shapeDescription)")
  return targets.values.enumerated().map { row, value in
    require(
      value == value.rounded() && value >= 0 && value < Double(classCount),
      "classNumbers: target \(formatNumber(value)) in row \(row) is not a class number in 0..<\(classCount)")
    return Int(value)
  }
}
