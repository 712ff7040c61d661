import WorkbookBasics

/// One fold of k-fold cross-validation: the rows to train on and the rows to validate on.
public struct Fold: Sendable, Equatable {
  /// The training rows (all the others).
  public let training: [Int]
  /// This fold's rows.
  public let validation: [Int]
}

/// k-fold splits (note 004): the rows, shuffled once, cut into k folds whose sizes differ by at
/// most 1; each fold validates once while the other k − 1 train.
/// - Parameters:
///   - count: the number of rows, at least k.
///   - folds: k ≥ 2.
///   - generator: the seeded shuffle.
/// - Returns: k folds; their validation rows are disjoint and together cover every row once.
public func kFoldSplits(count: Int, folds: Int, using generator: inout some RandomNumberGenerator) -> [Fold] {
  require(folds >= 2, "kFoldSplits: needs at least 2 folds, got \(folds)")
  require(count >= folds, "kFoldSplits: \(count) rows cannot fill \(folds) folds")
  return consecutiveFolds(of: generator.permutation(count), count: folds)
}

/// Stratified k-fold splits: like `kFoldSplits`, but each class is dealt out separately, so
/// every fold has about the same share of each class as the whole data.
/// - Parameters:
///   - classes: each row's class.
///   - folds: k ≥ 2, at most the number of rows.
///   - generator: the seeded shuffle.
/// - Returns: k folds with disjoint validation rows that cover every row once.
public func stratifiedKFoldSplits(
  classes: [Int], folds: Int, using generator: inout some RandomNumberGenerator
) -> [Fold] {
  require(folds >= 2, "stratifiedKFoldSplits: needs at least 2 folds, got \(folds)")
  require(classes.count >= folds, "stratifiedKFoldSplits: \(classes.count) rows cannot fill \(folds) folds")
  // Deal each class's shuffled rows round the folds in turn, continuing where the last class
  // stopped, so that fold sizes stay within 1 of each other.
  var assigned = [[Int]](repeating: [], count: folds)
  var next = 0
  for label in Set(classes).sorted() {
    let rows = classes.indices.filter { classes[$0] == label }
    for position in generator.permutation(rows.count) {
      assigned[next].append(rows[position])
      next = (next + 1) % folds
    }
  }
  let all = Array(classes.indices)
  return assigned.map { validation in
    let held = Set(validation)
    return Fold(training: all.filter { !held.contains($0) }, validation: validation.sorted())
  }
}

/// The order's rows cut into `count` consecutive folds of sizes within 1 of each other.
private func consecutiveFolds(of order: [Int], count: Int) -> [Fold] {
  let base = order.count / count
  let extra = order.count % count
  var start = 0
  var result = [Fold]()
  for index in 0..<count {
    let size = base + (index < extra ? 1 : 0)
    let validation = Array(order[start..<start + size])
    let training = Array(order[..<start] + order[(start + size)...])
    result.append(Fold(training: training.sorted(), validation: validation.sorted()))
    start += size
  }
  return result
}

/// Each fold's score from `score(training rows, validation rows)`, in fold order: with
/// `kFoldSplits` or `stratifiedKFoldSplits`, the cross-validated estimate of a setting.
/// - Parameters:
///   - folds: the splits.
///   - score: trains on the first rows and scores on the second.
/// - Returns: one score per fold.
public func crossValidate(
  _ folds: [Fold], score: (_ training: [Int], _ validation: [Int]) throws -> Double
) rethrows -> [Double] {
  require(!folds.isEmpty, "crossValidate: there are no folds")
  return try folds.map { try score($0.training, $0.validation) }
}
