import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 7: a look ahead to convolutions: weight sharing counted, a shift measured, both
/// layers gradient-checked, and a small CNN against the MLP.
let convolutionSection = WalkthroughSection("A look ahead: convolutions") { page in
  let data = try CapstoneData.load()
  let digit = ImageShape(height: 8, width: 8, channels: 1)
  var generator = SeededGenerator(seed: 70)
  var convolution = Conv2D(
    inputShape: digit, filters: ConvolutionRace.filters, initializer: .heNormal, using: &generator)
  let sameSizeDense = Dense(
    inputs: digit.count, outputs: convolution.outputShape.count, initializer: .heNormal, using: &generator)
  let positions = convolution.outputShape.height * convolution.outputShape.width
  // With zero padding every position has a full 3×3 window (the border pixels are zeros).
  let unshared =
    positions * convolution.filters * (convolution.kernelSize * convolution.kernelSize) + positions
    * convolution.filters
  page.paragraph(
    """
    Note 004 calls convolutional networks (CNNs) "the current state-of-the-art approach" to \
    computer vision, and note 003 lists them for images as recurrent networks are for \
    sequences. A dense layer treats the \
    64 pixels as 64 unrelated numbers; a convolution layer slides small filters over the image \
    and uses the same weights at every position. A \(convolution.kernelSize)×\(convolution.kernelSize) \
    convolution with \(convolution.filters) filters and zero padding turns an 8×8 digit into \
    \(convolution.outputShape) numbers (\(convolution.filters) maps of 8×8, channels last):
    """)
  page.table(
    TextTable(
      headers: ["layer", "outputs", "parameters"],
      rows: [
        [convolution.name, "\(convolution.outputShape.count)", "\(convolution.parameterCount)"],
        ["local, unshared: 3×3 weights per position", "\(convolution.outputShape.count)", "\(unshared)"],
        ["a dense layer with as many outputs", "\(sameSizeDense.weights.columns)", "\(sameSizeDense.parameterCount)"],
      ]))
  page.line()
  page.paragraph(
    """
    Two ideas make the difference. Locality: each output looks only at the 3×3 pixels around \
    it, not at all 64, which alone takes \(sameSizeDense.parameterCount) numbers down to \
    \(unshared) (the middle row: every position with filters of its own). Sharing: every \
    position uses the same filters, which takes \(unshared) down to \
    \(convolution.parameterCount). Sharing also builds in a fact about images, that a stroke \
    means the same wherever it is: shift a digit one pixel to the right, and the \
    convolution's maps shift with it.
    """)
  let original = data.digits.features.row(data.split.training[0])
  let shifted = shiftedRight(original, shape: digit)
  let largestConvolutionGap = largestShiftGap(
    convolution.forward(original, training: false), convolution.forward(shifted, training: false),
    maps: convolution.outputShape)
  var dense = sameSizeDense
  let largestDenseGap = largestShiftGap(
    dense.forward(original, training: false), dense.forward(shifted, training: false), maps: convolution.outputShape)
  page.check(
    "shifting the digit shifts every convolution map by the same pixel (columns 1 to 6)",
    holds: largestConvolutionGap < 1e-12, detail: "largest difference \(formatScientific(largestConvolutionGap))")
  page.check(
    "the dense layer's outputs, read as the same maps, do not shift",
    holds: largestDenseGap > 0.1, detail: "largest difference \(formatNumber(largestDenseGap))")
  page.line()
  page.paragraph(
    """
    The layer runs as one matrix product ("im2col"): each 3×3 patch of each image is copied \
    into a row of a patch matrix P, so the layer is P·W + b with W holding one filter per \
    column, and its backward pass is the dense layer's, followed by adding each patch's \
    gradient back onto the pixels it came from. Max-pooling then keeps the largest value of \
    each 2×2 window, halving the height and width; its gradient goes to the pixel that was \
    the largest. Both against centred differences, on \(ConvolutionRace.checkRows) random \
    images, with the measure of section 2:
    """)
  var checkGenerator = SeededGenerator(seed: 71)
  let checkShape = ImageShape(height: 6, width: 6, channels: 2)
  var checkedConvolution = Conv2D(inputShape: checkShape, filters: 3, initializer: .heNormal, using: &checkGenerator)
  checkedConvolution.bias = .randomNormal(rows: 1, columns: 3, using: &checkGenerator)
  let checkInput = Matrix.randomNormal(
    rows: ConvolutionRace.checkRows, columns: checkShape.count, using: &checkGenerator)
  let checks =
    layerGradientCheck(checkedConvolution, input: checkInput, using: &checkGenerator)
    + layerGradientCheck(MaxPool2D(inputShape: checkShape), input: checkInput, using: &checkGenerator)
  page.table(
    TextTable(
      headers: ["layer", "gradient", "‖g − ĝ‖ / (‖g‖ + ‖ĝ‖)"],
      rows: checks.map { [$0.layer, $0.quantity, formatScientific($0.difference)] }))
  page.line()
  page.check(
    "the convolution's and the pooling's gradients agree with centred differences to better than 1e-7",
    holds: checks.allSatisfy { $0.difference < 1e-7 },
    detail: "largest " + formatScientific(checks.map(\.difference).max() ?? .nan))
  page.line()
  // A small CNN against the MLP.
  let capstone = try TrainedCapstone.shared()
  let cnn = try ConvolutionRace.train(data: data)
  let mlpAccuracy = capstone.best.classificationAccuracy(features: data.validationX, targets: data.validationY)
  page.paragraph(
    """
    A small CNN: a convolution like that one (\(ConvolutionRace.filters) filters of 3×3), ReLU, \
    2×2 max-pooling (\(cnn.pooledShape)), and a dense \
    layer to the 10 logits, trained with section 3's recipe (AdamW, one-cycle, early \
    stopping), without batch norm or dropout. Against section 3's MLP, on the validation \
    digits (the test set stays for the one final model):
    """)
  page.table(
    TextTable(
      headers: ["network", "parameters", "validation %", "epochs run"],
      rows: [
        [
          "MLP 64-128-64-10 (section 3)", "\(capstone.best.parameterCount)",
          formatNumber(mlpAccuracy * 100, decimals: 1),
          "\(capstone.history.trainingLoss.count)",
        ],
        ["CNN", "\(cnn.run.best.parameterCount)", formatNumber(cnn.accuracy * 100, decimals: 1), "\(cnn.run.epochs)"],
      ]))
  page.line()
  page.timing(
    "per epoch: MLP \(formatDuration(capstone.seconds / Double(capstone.history.trainingLoss.count))), "
      + "CNN \(formatDuration(cnn.run.seconds / Double(cnn.run.epochs)))")
  page.line()
  let ratio = Double(capstone.best.parameterCount) / Double(cnn.run.best.parameterCount)
  let photoInputs = ImageShape(height: 224, width: 224, channels: 3).count
  let validationRows = Double(data.validationX.rows)
  let gapError =
    (mlpAccuracy * (1 - mlpAccuracy) / validationRows + cnn.accuracy * (1 - cnn.accuracy) / validationRows)
    .squareRoot()
  page.paragraph(
    """
    With \(formatNumber(ratio, decimals: 1)) times fewer parameters the CNN scores \
    \(formatNumber((mlpAccuracy - cnn.accuracy) * 100, decimals: 1)) points below the MLP on \
    the validation digits, with a standard error of about \
    \(formatNumber(gapError * 100, decimals: 1)) points for that difference; and the two differ \
    in more than shape (the MLP has batch norm and dropout), so this is a look, not a \
    controlled comparison. On photographs the counts decide: a dense layer from a \
    224×224×3 image to just 100 units needs \(photoInputs)·100 = \(photoInputs * 100) weights, \
    while 100 filters of 3×3 on its 3 colour channels need 100·27 = 2700, however large the \
    image.
    """)
  page.check(
    "the CNN uses under a fifth of the MLP's parameters and reaches at least 95% on the validation digits",
    holds: 5 * cnn.run.best.parameterCount < capstone.best.parameterCount && cnn.accuracy >= 0.95,
    detail:
      "\(cnn.run.best.parameterCount) against \(capstone.best.parameterCount), \(formatPercent(cnn.accuracy, decimals: 1))"
  )
}

/// The largest difference between the maps of the shifted image at columns 1…width − 2 and
/// those of the original one column to the left: every 3×3 window there lies inside both
/// images, so a layer that shifts with its input gives 0.
private func largestShiftGap(_ original: Matrix, _ shifted: Matrix, maps: ImageShape) -> Double {
  var largest = 0.0
  for y in 0..<maps.height {
    for x in 1..<(maps.width - 1) {
      for channel in 0..<maps.channels {
        let a = shifted[0, (y * maps.width + x) * maps.channels + channel]
        let b = original[0, (y * maps.width + x - 1) * maps.channels + channel]
        largest = max(largest, abs(a - b))
      }
    }
  }
  return largest
}

/// A digit moved one pixel to the right, its first column filled with 0.
private func shiftedRight(_ row: Matrix, shape: ImageShape) -> Matrix {
  var shifted = Matrix.zeros(rows: 1, columns: row.columns)
  for y in 0..<shape.height {
    for x in 1..<shape.width { shifted[0, y * shape.width + x] = row[0, y * shape.width + x - 1] }
  }
  return shifted
}

/// Section 7's CNN and its training.
enum ConvolutionRace {
  /// The convolution's filters.
  static let filters = 8
  /// Images in each gradient check.
  static let checkRows = 2

  /// What the CNN's run produced.
  struct Outcome {
    let run: KeptRun
    let accuracy: Double
    let pooledShape: ImageShape
  }

  /// Conv → ReLU → MaxPool → Dense, trained with the capstone's recipe without dropout.
  static func train(data: CapstoneData) throws -> Outcome {
    var generator = SeededGenerator(seed: 72)
    let digit = ImageShape(height: 8, width: 8, channels: 1)
    let convolution = Conv2D(inputShape: digit, filters: filters, initializer: .heNormal, using: &generator)
    let pooling = MaxPool2D(inputShape: convolution.outputShape)
    var output = Dense(inputs: pooling.outputShape.count, outputs: 10, initializer: .heNormal, using: &generator)
    var recipe = CapstoneModel()
    recipe.dropout = 0
    output.weights = output.weights * recipe.lastLayerScale
    let network = Sequential([convolution, ActivationLayer(.relu), pooling, output], loss: SoftmaxCrossEntropyLoss())
    let run = try recipe.trainKeepingBest(network, on: data)
    return Outcome(
      run: run, accuracy: run.best.classificationAccuracy(features: data.validationX, targets: data.validationY),
      pooledShape: pooling.outputShape)
  }
}
