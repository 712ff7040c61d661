/// Which observations train the model and which are held back to test it.
public struct Split: Equatable, Sendable {
  /// Row indices used for training.
  public var train: [Int]
  /// Row indices held out for testing.
  public var test: [Int]

  /// A split from explicit index lists.
  /// - Precondition: no index is negative or listed twice, and none is in both lists (a test
  ///   row that is also trained on would leak into the score).
  public init(train: [Int], test: [Int]) {
    if let negative = (train + test).first(where: { $0 < 0 }) {
      fatalError("Split: row \(negative) is negative; rows are numbered from 0")
    }
    for (indices, part) in [(train, "training"), (test, "test")] {
      if let repeated = Self.firstRepeat(in: indices) { fatalError("Split: \(part) row \(repeated) is listed twice") }
    }
    let trainSet = Set(train)
    if let shared = test.first(where: trainSet.contains) {
      fatalError("Split: row \(shared) is in both the training and the test rows; the test score would leak")
    }
    self.train = train
    self.test = test
  }

  private static func firstRepeat(in indices: [Int]) -> Int? {
    var seen = Set<Int>()
    return indices.first { !seen.insert($0).inserted }
  }

  /// A random split: shuffles `0..<count` and puts the first `testFraction` of it in `test`
  /// (rounded up, as scikit-learn's `train_test_split` does).
  /// - Parameters:
  ///   - count: the number of observations.
  ///   - testFraction: the share held out, in (0, 1).
  ///   - generator: the source of randomness (use a `SeededGenerator`).
  public init(shuffling count: Int, testFraction: Double, using generator: inout some RandomNumberGenerator) {
    require(
      testFraction > 0 && testFraction < 1,
      "Split: testFraction must be between 0 and 1, got \(testFraction)")
    require(count >= 2, "Split: needs at least 2 rows to have both a training and a test part, got \(count)")
    let testCount = Int((Double(count) * testFraction).rounded(.up))
    require(
      testCount < count,
      "Split: a test fraction of \(formatNumber(testFraction)) of \(count) rows leaves no training rows")
    let order = generator.permutation(count)
    self.init(train: Array(order[testCount...]), test: Array(order[..<testCount]))
  }
}
