import WorkbookBasics

/// The bundled handwritten digits ready for a classifier: every pixel divided by 16, so it lies
/// in [0, 1], and every label as a class number and a one-hot row.
public struct ClassifierDigits: Sendable {
  /// The pixels, 1797 × 64, in [0, 1].
  public let features: Matrix
  /// The labels one-hot, 1797 × 10.
  public let targets: Matrix
  /// The labels as class numbers 0–9, one per row.
  public let classes: [Int]

  /// The number of digits.
  public var count: Int { features.rows }

  /// Loads the bundled digits and prepares them.
  /// - Throws: `CSVError` if the bundled file is missing or damaged.
  public static func load() throws -> ClassifierDigits {
    let digits = try BundledDataset.digits.load()
    let classes = classNumbers(digits.targets, classCount: 10)
    return ClassifierDigits(features: digits.features / 16, targets: oneHot(classes, classCount: 10), classes: classes)
  }

  /// The pixels and one-hot targets of `rows`, in that order.
  /// - Parameter rows: row numbers in 0..<count; a bad one stops with a message naming it.
  public func rows(at rows: [Int]) -> (features: Matrix, targets: Matrix) {
    (features.rows(at: rows), targets.rows(at: rows))
  }
}
