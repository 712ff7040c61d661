import WorkbookBasics
import WorkbookReference

/// The digits the deep-network sections train on: pixels scaled to 0…1, one-hot targets.
struct DigitsBatch {
  /// m × 64 pixels in 0…1.
  let features: Matrix
  /// m × 10 one-hot rows.
  let targets: Matrix

  /// All 1797 digits.
  static func load() throws -> DigitsBatch {
    let digits = try BundledDataset.digits.load()
    let features = digits.features / digits.features.max()
    return DigitsBatch(
      features: features, targets: oneHot(classNumbers(digits.targets, classCount: 10), classCount: 10))
  }
}

/// The widths of a deep network of `depth` dense layers: `inputs` → width → … → width →
/// `outputs`, for `Sequential(denseSizes:…)`.
func deepSizes(inputs: Int, width: Int, outputs: Int, depth: Int) -> [Int] {
  [inputs] + Array(repeating: width, count: depth - 1) + [outputs]
}
