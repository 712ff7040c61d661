import WorkbookBasics
import WorkbookReference

/// The Boston housing data for sections 7 and 8: standardised features, prices in $1000s.
struct BostonData {
  /// m × 13 standardised features.
  let features: Matrix
  /// m × 1 median prices.
  let targets: Matrix

  /// The whole bundled dataset.
  static func load() throws -> BostonData {
    let boston = try BundledDataset.boston.load()
    return BostonData(
      features: Standardizer(fittedTo: boston.features).transform(boston.features), targets: boston.targets)
  }

  /// Hidden ReLU units of the network.
  static let hiddenUnits = 16

  /// A fresh 13 → 16 ReLU → 1 network (He-initialised, seeded) with the mean squared error.
  func network() -> Sequential {
    var generator = SeededGenerator(seed: 7)
    return Sequential(
      denseSizes: [features.columns, Self.hiddenUnits, 1], activation: .relu, initializer: .heNormal,
      loss: MeanSquaredErrorLoss(),
      using: &generator)
  }

  /// The row order of each epoch (seeded).
  func order(epoch: Int) -> [Int] {
    var generator = SeededGenerator(seed: 700 + UInt64(epoch))
    return generator.permutation(features.rows)
  }
}
