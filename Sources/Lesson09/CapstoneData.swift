import WorkbookBasics
import WorkbookReference

/// The digits as the capstone uses them: a stratified 60/20/20 split, standardised with the
/// training rows' means and deviations only.
struct CapstoneData {
  /// The raw digits (pixels in [0, 1]), for drawing.
  let digits: ClassifierDigits
  /// Which rows are in which set.
  let split: ThreeWaySplit
  /// Fitted to the training rows; applied to every set.
  let standardizer: Standardizer
  /// The standardised pixels and one-hot targets of each set.
  let trainX: Matrix
  let trainY: Matrix
  let validationX: Matrix
  let validationY: Matrix
  let testX: Matrix
  let testY: Matrix

  /// The seed of the split.
  static let splitSeed: UInt64 = 909
  /// The shares held out.
  static let validationFraction = 0.2
  static let testFraction = 0.2

  /// Loads the bundled digits and splits them.
  static func load() throws -> CapstoneData {
    let digits = try ClassifierDigits.load()
    var generator = SeededGenerator(seed: splitSeed)
    let split = stratifiedSplit(
      classes: digits.classes, validationFraction: validationFraction, testFraction: testFraction, using: &generator)
    let train = digits.rows(at: split.training)
    let standardizer = Standardizer(fittedTo: train.features)
    let validation = digits.rows(at: split.validation)
    let test = digits.rows(at: split.test)
    return CapstoneData(
      digits: digits, split: split, standardizer: standardizer, trainX: standardizer.transform(train.features),
      trainY: train.targets, validationX: standardizer.transform(validation.features), validationY: validation.targets,
      testX: standardizer.transform(test.features), testY: test.targets)
  }

  /// The validation set, with accuracy, for `train`.
  var validation: ValidationData { ValidationData(features: validationX, targets: validationY, reportsAccuracy: true) }

  /// The class numbers of a set's one-hot targets.
  static func classes(_ targets: Matrix) -> [Int] { argmaxPerRow(targets) }
}
