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

/// A deep network of `depth` dense layers: `inputs` → width → … → width → `outputs`, with
/// `activation` after every dense layer but the last, and weights drawn by `initializer`.
func deepStack(
  inputs: Int, width: Int, outputs: Int, depth: Int, activation: ActivationLayer.Function,
  initializer: Initializer, seed: UInt64
) -> [any Layer] {
  var generator = SeededGenerator(seed: seed)
  var layers = [any Layer]()
  for index in 0..<depth {
    let fanIn = index == 0 ? inputs : width
    let fanOut = index == depth - 1 ? outputs : width
    layers.append(Dense(inputs: fanIn, outputs: fanOut, initializer: initializer, using: &generator))
    if index < depth - 1 { layers.append(ActivationLayer(activation)) }
  }
  return layers
}
