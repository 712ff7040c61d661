import WorkbookBasics

/// The rows of a three-way split: training, validation and test.
public struct ThreeWaySplit: Sendable, Equatable {
  /// Rows to train on.
  public let training: [Int]
  /// Rows to choose settings and the stopping epoch on.
  public let validation: [Int]
  /// Rows scored once, at the end.
  public let test: [Int]
}

/// Splits rows into training, validation and test sets with each class in (nearly) the same
/// proportion in every set, as scikit-learn's `train_test_split(…, stratify=y)` done twice.
///
/// Each class's rows are shuffled; the first round(validationFraction · n_class) go to
/// validation, the next round(testFraction · n_class) to test, the rest to training. Each set
/// is returned in ascending row order.
/// - Parameters:
///   - classes: the class of every row.
///   - validationFraction: the share held out for validation, in [0, 1).
///   - testFraction: the share held out for testing, in [0, 1), with the two adding to less than 1.
///   - generator: the seeded source of the shuffles.
public func stratifiedSplit(
  classes: [Int], validationFraction: Double, testFraction: Double, using generator: inout some RandomNumberGenerator
) -> ThreeWaySplit {
  let function = "stratifiedSplit"
  require(!classes.isEmpty, "\(function): there are no rows to split")
  for (name, fraction) in [("validationFraction", validationFraction), ("testFraction", testFraction)] {
    require(
      fraction >= 0 && fraction < 1, "\(function): \(name) must be in [0, 1), got \(formatNumber(fraction))")
  }
  require(
    validationFraction + testFraction < 1,
    "\(function): validation \(formatNumber(validationFraction)) + test \(formatNumber(testFraction)) leaves no "
      + "training rows")
  var (training, validation, test) = ([Int](), [Int](), [Int]())
  for label in Set(classes).sorted() {
    let rows = classes.indices.filter { classes[$0] == label }
    let shuffled = generator.permutation(rows.count).map { rows[$0] }
    let validationCount = Int((validationFraction * Double(rows.count)).rounded())
    let testCount = Swift.min(Int((testFraction * Double(rows.count)).rounded()), rows.count - validationCount)
    validation += shuffled[..<validationCount]
    test += shuffled[validationCount..<(validationCount + testCount)]
    training += shuffled[(validationCount + testCount)...]
  }
  return ThreeWaySplit(training: training.sorted(), validation: validation.sorted(), test: test.sorted())
}
