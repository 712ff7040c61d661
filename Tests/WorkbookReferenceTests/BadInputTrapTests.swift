#if compiler(>=6.2)  // exit tests arrived in Swift 6.2
  import Foundation
  import Testing
  import WorkbookBasics
  import WorkbookReference

  /// One bad call that must stop the program, and the words its message must contain: the
  /// function, the argument and its value or shape.
  struct TrapCase: Sendable {
    /// A short name, also the test case's label.
    let id: String
    /// What the message on standard error must contain.
    let message: String
    /// The bad call.
    let call: @Sendable () -> Void
  }

  /// The sweep of the public API of both libraries with sizes 0 and negative, NaN and ±∞, and
  /// the other bad arguments a learner can pass, each with the message it must stop with.
  /// Calls that have a correct finite answer, propagate NaN, or throw are in
  /// `BadInputResultTests` instead.
  enum TrapTable {
    static let cases: [TrapCase] =
      matrixCases + randomCases + numericCases + dataCases + activationCases
      + lossCases + layerCases + trainingCases + modelCases + metricCases + outputCases + stateCases
      + secondSweepCases + optimizerCases + valueCases + convolutionCases + capstoneCases

    static func named(_ id: String) -> TrapCase? { cases.first { $0.id == id } }

    static let nanColumn = Matrix(column: [1, .nan])
    static let infinityColumn = Matrix(column: [1, .infinity])
    static let emptyColumn = Matrix.zeros(rows: 0, columns: 1)
    static let twoByTwo = Matrix([[1, 2], [3, 4]])

    static let digitShape = ImageShape(height: 8, width: 8, channels: 1)

    static func digitConvolution() -> Conv2D {
      var generator = SeededGenerator(seed: 1)
      return Conv2D(inputShape: digitShape, filters: 4, initializer: .heNormal, using: &generator)
    }

    static let convolutionCases: [TrapCase] = [
      TrapCase(
        id: "ImageShape height 0",
        message: "ImageShape: height, width and channels must each be at least 1, got 0×8×1"
      ) { _ = ImageShape(height: 0, width: 8, channels: 1) },
      TrapCase(id: "Conv2D same with even kernel", message: "Conv2D: .same padding needs an odd kernel size") {
        var generator = SeededGenerator(seed: 1)
        _ = Conv2D(
          inputShape: digitShape, filters: 2, kernelSize: 2, padding: .same, initializer: .heNormal, using: &generator)
      },
      TrapCase(
        id: "Conv2D kernel larger than image",
        message: "Conv2D: a 9×9 kernel does not fit in a 8×8×1 image without padding"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Conv2D(
          inputShape: digitShape, filters: 2, kernelSize: 9, padding: .valid, initializer: .heNormal, using: &generator)
      },
      TrapCase(id: "Conv2D no filters", message: "Conv2D: a layer needs at least one filter, got 0") {
        var generator = SeededGenerator(seed: 1)
        _ = Conv2D(inputShape: digitShape, filters: 0, initializer: .heNormal, using: &generator)
      },
      TrapCase(
        id: "Conv2D weights of the wrong shape",
        message:
          "Conv2D: 3×3 filters on 1 channel(s) need weights with 9 rows (k·k·C) and one column per filter, got 8×2"
      ) {
        _ = Conv2D(
          inputShape: digitShape, kernelSize: 3, padding: .same, weights: .zeros(rows: 8, columns: 2),
          bias: .zeros(rows: 1, columns: 2))
      },
      TrapCase(
        id: "Conv2D input of the wrong width",
        message:
          "Conv2D 3×3, 8×8×1 → 8×8×4: the input is 2×63 but the layer takes 8×8×1 images, one per row (64 columns"
      ) {
        var layer = digitConvolution()
        _ = layer.forward(.zeros(rows: 2, columns: 63), training: true)
      },
      TrapCase(
        id: "Conv2D backward before forward", message: "Conv2D 3×3, 8×8×1 → 8×8×4: backward called before forward"
      ) {
        var layer = digitConvolution()
        _ = layer.backward(.zeros(rows: 1, columns: 256))
      },
      TrapCase(
        id: "Conv2D output gradient of the wrong shape",
        message: "Conv2D 3×3, 8×8×1 → 8×8×4: the output gradient is 2×64, expected 2×256 like the last output"
      ) {
        var layer = digitConvolution()
        _ = layer.forward(.zeros(rows: 2, columns: 64), training: true)
        _ = layer.backward(.zeros(rows: 2, columns: 64))
      },
      TrapCase(
        id: "MaxPool2D window not dividing",
        message: "MaxPool2D: a 3×3 window must divide the image's height and width, but the image is 8×8×1"
      ) { _ = MaxPool2D(inputShape: digitShape, size: 3) },
      TrapCase(id: "MaxPool2D input of the wrong width", message: "MaxPool 2×2, 8×8×1 → 4×4×1: the input is 1×10") {
        var layer = MaxPool2D(inputShape: digitShape)
        _ = layer.forward(.zeros(rows: 1, columns: 10), training: false)
      },
      TrapCase(
        id: "MaxPool2D backward before forward", message: "MaxPool 2×2, 8×8×1 → 4×4×1: backward called before forward"
      ) {
        var layer = MaxPool2D(inputShape: digitShape)
        _ = layer.backward(.zeros(rows: 1, columns: 16))
      },
    ]

    static let capstoneCases: [TrapCase] = [
      TrapCase(id: "stratifiedSplit no rows", message: "stratifiedSplit: there are no rows to split") {
        var generator = SeededGenerator(seed: 1)
        _ = stratifiedSplit(classes: [], validationFraction: 0.2, testFraction: 0.2, using: &generator)
      },
      TrapCase(id: "stratifiedSplit fraction 1.5", message: "stratifiedSplit: testFraction must be in [0, 1), got 1.5")
      {
        var generator = SeededGenerator(seed: 1)
        _ = stratifiedSplit(classes: [0, 1], validationFraction: 0.2, testFraction: 1.5, using: &generator)
      },
      TrapCase(
        id: "stratifiedSplit nothing left to train on",
        message: "stratifiedSplit: validation 0.6000 + test 0.4000 leaves no training rows"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = stratifiedSplit(classes: [0, 1], validationFraction: 0.6, testFraction: 0.4, using: &generator)
      },
      TrapCase(
        id: "metricsTable two names for three classes",
        message: "ConfusionMatrix.metricsTable: 2 names for 3 classes"
      ) {
        _ = ConfusionMatrix(predicted: [0, 1, 2], expected: [0, 1, 2], classCount: 3).metricsTable(names: ["a", "b"])
      },
      TrapCase(
        id: "classificationAccuracy rows differ",
        message: "Sequential.classificationAccuracy: X is 3×1 and Y is 2×2; they need the same number of rows"
      ) {
        let network = Sequential([ActivationLayer(.identity)], loss: SoftmaxCrossEntropyLoss())
        _ = network.classificationAccuracy(features: .zeros(rows: 3, columns: 1), targets: .zeros(rows: 2, columns: 2))
      },
      TrapCase(id: "activationHealth of nothing", message: "Sequential.activationHealth: the batch 0×2 has no rows") {
        let network = Sequential([ActivationLayer(.relu)], loss: MeanSquaredErrorLoss())
        _ = network.activationHealth(on: .zeros(rows: 0, columns: 2))
      },
      TrapCase(id: "ProgressBar total 0", message: "ProgressBar: the total must be at least 1, got 0") {
        _ = ProgressBar(total: 0, label: "x", live: false)
      },
      TrapCase(id: "ProgressBar past the end", message: "ProgressBar.update: 5 steps done is outside 0…4 for “x”") {
        ProgressBar(total: 4, label: "x", live: false).update(5)
      },
    ]

    static let matrixCases: [TrapCase] = [
      TrapCase(id: "Matrix negative rows", message: "Matrix: a shape cannot be negative, got -1×2") {
        _ = Matrix(rows: -1, columns: 2, values: [])
      },
      TrapCase(id: "Matrix too few values", message: "Matrix: a 2×2 matrix needs 4 values, got 1") {
        _ = Matrix(rows: 2, columns: 2, values: [1])
      },
      TrapCase(
        id: "Matrix rows × columns overflows",
        message: "a 9223372036854775807×2 matrix has more entries than an Int can count"
      ) { _ = Matrix.zeros(rows: Int.max, columns: 2) },
      TrapCase(id: "zeros negative columns", message: "a shape cannot be negative, got 2×-3") {
        _ = Matrix.zeros(rows: 2, columns: -3)
      },
      TrapCase(id: "identity negative", message: "Matrix.identity: the size cannot be negative, got -1") {
        _ = Matrix.identity(-1)
      },
      TrapCase(id: "mean of empty", message: "mean: the matrix is empty (0×3)") {
        _ = Matrix.zeros(rows: 0, columns: 3).mean()
      },
      TrapCase(id: "mean axis 2", message: "mean(axis:): axis must be 0 (down the rows) or 1") {
        _ = twoByTwo.mean(axis: 2)
      },
      TrapCase(id: "mean axis 0 of no rows", message: "mean(axis: 0): nothing to average in a 0×2 matrix") {
        _ = Matrix.zeros(rows: 0, columns: 2).mean(axis: 0)
      },
      TrapCase(id: "sum axis -1", message: "sum(axis:): axis must be 0 (down the rows) or 1") {
        _ = twoByTwo.sum(axis: -1)
      },
      TrapCase(id: "variance of no rows", message: "variance(axis: 0): nothing to average in a 0×2 matrix") {
        _ = Matrix.zeros(rows: 0, columns: 2).variance(axis: 0)
      },
      TrapCase(id: "variance axis 3", message: "variance(axis:): axis must be 0") { _ = twoByTwo.variance(axis: 3) },
      TrapCase(id: "max of empty", message: "max: the matrix is empty (0×0)") {
        _ = Matrix.zeros(rows: 0, columns: 0).max()
      },
      TrapCase(id: "min of empty", message: "min: the matrix is empty (1×0)") {
        _ = Matrix.zeros(rows: 1, columns: 0).min()
      },
      TrapCase(id: "rows(at:) out of range", message: "rows(at:): row 2 is out of range for a 2×2 matrix") {
        _ = twoByTwo.rows(at: [0, 2])
      },
      TrapCase(id: "rows(at:) negative", message: "rows(at:): row -1 is out of range") {
        _ = twoByTwo.rows(at: [-1])
      },
      TrapCase(id: "rows(in:) past the end", message: "rows(in:): 1..<3 is out of range for a 2×2 matrix") {
        _ = twoByTwo.rows(in: 1..<3)
      },
      TrapCase(id: "columns(in:) past the end", message: "columns(in:): 0..<5 is out of range") {
        _ = twoByTwo.columns(in: 0..<5)
      },
      TrapCase(id: "column negative", message: "column(_:): column -1 is out of range for a 2×2 matrix") {
        _ = twoByTwo.column(-1)
      },
      TrapCase(id: "hstack heights differ", message: "hstack: 2×2, 3×1 — every part needs 2 rows") {
        _ = Matrix.hstack([twoByTwo, .zeros(rows: 3, columns: 1)])
      },
      TrapCase(id: "vstack widths differ", message: "vstack: 2×2, 1×3 — every part needs 2 columns") {
        _ = Matrix.vstack([twoByTwo, .zeros(rows: 1, columns: 3)])
      },
      TrapCase(id: "dot lengths differ", message: "dot: 2×1 · 3×1 — needs two vectors of the same length") {
        _ = nanColumn.dot(.zeros(rows: 3, columns: 1))
      },
      TrapCase(id: "add shapes differ", message: "add: 2×2 + 3×1 — shapes differ") {
        _ = twoByTwo + .zeros(rows: 3, columns: 1)
      },
      TrapCase(id: "matmul empty inner against 1", message: "matmul: 2×0 · 1×3 — inner sizes 0 and 1 differ") {
        _ = Matrix.zeros(rows: 2, columns: 0).matmul(.zeros(rows: 1, columns: 3))
      },
    ]

    static let randomCases: [TrapCase] = [
      TrapCase(id: "randomNormal negative rows", message: "randomNormal: a shape cannot be negative, got -2×3") {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomNormal(rows: -2, columns: 3, using: &generator)
      },
      TrapCase(
        id: "randomNormal negative deviation",
        message: "randomNormal: standardDeviation must be a finite number in 0…1e300, got -1.0000"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomNormal(rows: 2, columns: 2, standardDeviation: -1, using: &generator)
      },
      TrapCase(id: "randomNormal NaN mean", message: "randomNormal: mean must be a finite number, got NaN") {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomNormal(rows: 2, columns: 2, mean: .nan, using: &generator)
      },
      TrapCase(
        id: "randomUniform empty range",
        message: "randomUniform: the range must be a non-empty interval of finite width, got 1.0000..<1.0000"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomUniform(rows: 2, columns: 2, in: 1..<1, using: &generator)
      },
      TrapCase(id: "randomUniform infinite end", message: "randomUniform: the range must be a non-empty interval") {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomUniform(rows: 2, columns: 2, in: -Double.infinity..<0, using: &generator)
      },
      TrapCase(id: "randomUniform negative columns", message: "randomUniform: a shape cannot be negative, got 1×-1") {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomUniform(rows: 1, columns: -1, using: &generator)
      },
      TrapCase(
        id: "nextNormal NaN deviation",
        message: "nextNormal: standardDeviation must be a finite number in 0…1e300, got NaN"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = generator.nextNormal(standardDeviation: .nan)
      },
      TrapCase(id: "nextUniform(in:) empty", message: "nextUniform(in:): the range must be a non-empty interval") {
        var generator = SeededGenerator(seed: 1)
        _ = generator.nextUniform(in: 2..<2)
      },
      TrapCase(id: "nextIndex below 0", message: "nextIndex(below:): the bound must be positive, got 0") {
        var generator = SeededGenerator(seed: 1)
        _ = generator.nextIndex(below: 0)
      },
      TrapCase(id: "permutation negative", message: "permutation: the count cannot be negative, got -1") {
        var generator = SeededGenerator(seed: 1)
        _ = generator.permutation(-1)
      },
    ]

    static let numericCases: [TrapCase] = [
      TrapCase(
        id: "numericGradient step 0",
        message: "numericGradient: the step h must be a positive finite number (1e-5 is usual), got 0.0000"
      ) { _ = numericGradient(of: { $0.sum() }, at: twoByTwo, step: 0) },
      TrapCase(id: "numericDerivative negative step", message: "numericDerivative: the step h must be a positive") {
        _ = numericDerivative(of: { $0 * $0 }, at: 1, step: -1e-5)
      },
      TrapCase(id: "numericDerivative NaN step", message: "positive finite number (1e-5 is usual), got NaN") {
        _ = numericDerivative(of: { $0 * $0 }, at: 1, step: .nan)
      },
      TrapCase(id: "relativeError shapes", message: "relativeError: 2×1 vs 1×2 — shapes must be equal") {
        _ = relativeError(nanColumn, nanColumn.transposed())
      },
      TrapCase(
        id: "largestEigenvalue NaN",
        message: "largestEigenvalue: the matrix [0, 1] is NaN; an eigenvalue of it means nothing"
      ) { _ = largestEigenvalue(ofSymmetric: Matrix([[1, .nan], [.nan, 1]])) },
      TrapCase(id: "largestEigenvalue 0 iterations", message: "largestEigenvalue: needs at least 1 iteration, got 0") {
        _ = largestEigenvalue(ofSymmetric: twoByTwo, iterations: 0)
      },
      TrapCase(id: "largestEigenvalue empty", message: "largestEigenvalue: needs a non-empty square matrix, got 0×0") {
        _ = largestEigenvalue(ofSymmetric: .zeros(rows: 0, columns: 0))
      },
      TrapCase(id: "WORKBOOK_KERNEL unknown", message: "WORKBOOK_KERNEL=sse9 is not a kernel path; use one of portable")
      {
        setenv("WORKBOOK_KERNEL", "sse9", 1)
        _ = Matrix.ones(rows: 2, columns: 2).matmul(.ones(rows: 2, columns: 2))
      },
      TrapCase(
        id: "symmetricEigenvalues infinite",
        message: "symmetricEigenvalues: the matrix [1, 1] is ∞; an eigenvalue of it means nothing"
      ) { _ = symmetricEigenvalues(Matrix([[1, 0], [0, .infinity]])) },
      TrapCase(
        id: "symmetricEigenvalues not square", message: "symmetricEigenvalues: needs a non-empty square matrix, got 2×1"
      ) {
        _ = symmetricEigenvalues(nanColumn)
      },
      TrapCase(
        id: "symmetricEigenvalues not symmetric",
        message: "symmetricEigenvalues: the matrix is not symmetric: [0, 1] is 2.0000 but [1, 0] is 0.0000"
      ) { _ = symmetricEigenvalues(Matrix([[1, 2], [0, 1]])) },
      TrapCase(
        id: "conditionNumber singular", message: "conditionNumber: the matrix is singular or not positive definite"
      ) {
        _ = conditionNumber(ofSymmetric: Matrix([[1, 2], [2, 4]]))
      },
      TrapCase(id: "solveLinearSystem shapes", message: "solveLinearSystem: A is 2×2, B is 3×1") {
        _ = try? solveLinearSystem(twoByTwo, .zeros(rows: 3, columns: 1))
      },
    ]

    static let dataCases: [TrapCase] = [
      TrapCase(id: "Standardizer NaN", message: "Standardizer(fittedTo:): X [1, 0] is NaN; fill in or drop missing") {
        _ = Standardizer(fittedTo: nanColumn)
      },
      TrapCase(id: "Standardizer empty", message: "Standardizer: cannot fit to an empty 0×1 matrix") {
        _ = Standardizer(fittedTo: emptyColumn)
      },
      TrapCase(id: "Standardizer width", message: "Standardizer.transform: fitted to 1 columns, given 2×2") {
        _ = Standardizer(fittedTo: nanColumn.rows(at: [0])).transform(twoByTwo)
      },
      TrapCase(id: "Split negative count", message: "Split: needs at least 2 rows to have both a training and a test") {
        var generator = SeededGenerator(seed: 1)
        _ = Split(shuffling: -1, testFraction: 0.2, using: &generator)
      },
      TrapCase(id: "Split fraction 1.5", message: "Split: testFraction must be between 0 and 1, got 1.5") {
        var generator = SeededGenerator(seed: 1)
        _ = Split(shuffling: 10, testFraction: 1.5, using: &generator)
      },
      TrapCase(id: "Split leaves no training rows", message: "Split: a test fraction of 0.9000 of 2 rows leaves no") {
        var generator = SeededGenerator(seed: 1)
        _ = Split(shuffling: 2, testFraction: 0.9, using: &generator)
      },
      TrapCase(id: "Dataset one column", message: "Dataset(t): needs at least one feature and a target column, got 1") {
        guard let table = try? CSVTable(parsing: "y\n1\n", source: "t.csv") else { return }
        _ = Dataset(name: "t", table: table)
      },
      TrapCase(id: "Dataset.subset out of range", message: "Dataset.subset: row 5 is out of range for t, which has") {
        guard let table = try? CSVTable(parsing: "x,y\n1,2\n3,4\n", source: "t.csv") else { return }
        _ = Dataset(name: "t", table: table).subset([0, 5])
      },
    ]

    static let activationCases: [TrapCase] = [
      TrapCase(id: "leakyReLU negative slope", message: "leakyReLU: the slope α must be a finite number ≥ 0, got -1") {
        _ = leakyReLU(1, slope: -1)
      },
      TrapCase(id: "softmax no columns", message: "softmax: the logits 2×0 have no class columns") {
        _ = softmax(.zeros(rows: 2, columns: 0))
      },
      TrapCase(id: "logSumExp ∞", message: "logSumExp: logit [1, 0] is ∞; a NaN or ∞ output comes from NaN in the") {
        _ = logSumExp(infinityColumn)
      },
      TrapCase(id: "logSoftmax NaN", message: "logSumExp: logit [1, 0] is NaN") { _ = logSoftmax(nanColumn) },
    ]

    static let lossCases: [TrapCase] = [
      TrapCase(id: "MSE empty batch", message: "meanSquaredError: predicted is 0×1, an empty batch; a mean over no") {
        _ = meanSquaredError(predicted: emptyColumn, expected: emptyColumn)
      },
      TrapCase(
        id: "MSE NaN prediction",
        message: "meanSquaredError: predicted [1, 0] is NaN; a NaN or ∞ output comes from NaN in the inputs or"
      ) { _ = meanSquaredError(predicted: nanColumn, expected: .zeros(rows: 2, columns: 1)) },
      TrapCase(id: "MSE NaN target", message: "meanSquaredError: expected [1, 0] is NaN; a target is missing") {
        _ = meanSquaredError(predicted: .zeros(rows: 2, columns: 1), expected: nanColumn)
      },
      TrapCase(id: "MSE column against row", message: "meanSquaredError: predicted is 2×1 but expected is 1×2") {
        _ = meanSquaredError(predicted: nanColumn, expected: nanColumn.transposed())
      },
      TrapCase(id: "MSE gradient empty", message: "meanSquaredErrorGradient: predicted is 0×1, an empty batch") {
        _ = meanSquaredErrorGradient(predicted: emptyColumn, expected: emptyColumn)
      },
      TrapCase(id: "MSE gradient ∞", message: "meanSquaredErrorGradient: predicted [1, 0] is ∞") {
        _ = meanSquaredErrorGradient(predicted: infinityColumn, expected: .zeros(rows: 2, columns: 1))
      },
      TrapCase(id: "RMSE ∞", message: "rootMeanSquaredError: predicted [1, 0] is ∞") {
        _ = rootMeanSquaredError(predicted: infinityColumn, expected: .zeros(rows: 2, columns: 1))
      },
      TrapCase(id: "BCE probabilities empty", message: "binaryCrossEntropy: probabilities is 0×1, an empty batch") {
        _ = binaryCrossEntropy(probabilities: emptyColumn, labels: emptyColumn)
      },
      TrapCase(
        id: "BCE probabilities NaN",
        message: "binaryCrossEntropy: probabilities must lie in 0…1, but entry [1, 0] is NaN"
      ) { _ = binaryCrossEntropy(probabilities: nanColumn, labels: .zeros(rows: 2, columns: 1)) },
      TrapCase(id: "BCE logits empty", message: "binaryCrossEntropy(logits:): logits is 0×1, an empty batch") {
        _ = binaryCrossEntropy(logits: emptyColumn, labels: emptyColumn)
      },
      TrapCase(id: "BCE logits +∞", message: "binaryCrossEntropy(logits:): logits [1, 0] is ∞; a NaN or ∞ output") {
        _ = binaryCrossEntropy(logits: infinityColumn, labels: .ones(rows: 2, columns: 1))
      },
      TrapCase(id: "BCE logits -∞", message: "binaryCrossEntropy(logits:): logits [0, 0] is -∞") {
        _ = binaryCrossEntropy(logits: Matrix(column: [-.infinity]), labels: .zeros(rows: 1, columns: 1))
      },
      TrapCase(id: "BCE logits NaN", message: "binaryCrossEntropy(logits:): logits [1, 0] is NaN") {
        _ = binaryCrossEntropy(logits: nanColumn, labels: .ones(rows: 2, columns: 1))
      },
      TrapCase(
        id: "BCE label NaN", message: "binaryCrossEntropy(logits:): labels must lie in 0…1, but entry [1, 0] is NaN"
      ) { _ = binaryCrossEntropy(logits: .zeros(rows: 2, columns: 1), labels: nanColumn) },
      TrapCase(id: "BCE one logit NaN", message: "binaryCrossEntropy(logit:label:): the logit is NaN") {
        _ = binaryCrossEntropy(logit: .nan, label: 1)
      },
      TrapCase(id: "BCE one label 2", message: "binaryCrossEntropy(logit:label:): the label must lie in 0…1, got 2") {
        _ = binaryCrossEntropy(logit: 0.5, label: 2)
      },
      TrapCase(id: "BCE gradient NaN", message: "binaryCrossEntropyGradient: logits [1, 0] is NaN") {
        _ = binaryCrossEntropyGradient(logits: nanColumn, labels: .ones(rows: 2, columns: 1))
      },
      TrapCase(id: "BCE gradient label -1", message: "binaryCrossEntropyGradient: labels must lie in 0…1") {
        _ = binaryCrossEntropyGradient(logits: .zeros(rows: 2, columns: 1), labels: Matrix(column: [1, -1]))
      },
      TrapCase(id: "crossEntropy empty", message: "crossEntropy: probabilities is 0×3, an empty batch") {
        _ = crossEntropy(probabilities: .zeros(rows: 0, columns: 3), labels: .zeros(rows: 0, columns: 3))
      },
      TrapCase(id: "softmaxCrossEntropy empty", message: "softmaxCrossEntropy: logits is 0×3, an empty batch") {
        _ = softmaxCrossEntropy(logits: .zeros(rows: 0, columns: 3), labels: .zeros(rows: 0, columns: 3))
      },
      TrapCase(id: "softmaxCrossEntropy NaN", message: "softmaxCrossEntropy: logits [0, 2] is NaN") {
        _ = softmaxCrossEntropy(logits: Matrix([[1, 2, .nan]]), labels: Matrix([[0, 1, 0]]))
      },
      TrapCase(
        id: "softmaxCrossEntropy classes count",
        message: "softmaxCrossEntropy(logits:classes:): needs one class number per row of the 2×3 logits, got 1"
      ) { _ = softmaxCrossEntropy(logits: .zeros(rows: 2, columns: 3), classes: [1]) },
      TrapCase(id: "softmaxCrossEntropy classes empty", message: "softmaxCrossEntropy: logits is 0×3, an empty batch") {
        _ = softmaxCrossEntropy(logits: .zeros(rows: 0, columns: 3), classes: [])
      },
      TrapCase(id: "softmax gradient ∞", message: "softmaxCrossEntropyGradient: logits [0, 0] is ∞") {
        _ = softmaxCrossEntropyGradient(logits: Matrix([[.infinity, 0]]), labels: Matrix([[1, 0]]))
      },
      TrapCase(id: "multiLabel empty", message: "multiLabelCrossEntropy: logits is 0×2, an empty batch") {
        _ = multiLabelCrossEntropy(logits: .zeros(rows: 0, columns: 2), labels: .zeros(rows: 0, columns: 2))
      },
      TrapCase(id: "multiLabel -∞", message: "multiLabelCrossEntropy: logits [0, 1] is -∞") {
        _ = multiLabelCrossEntropy(logits: Matrix([[0, -.infinity]]), labels: Matrix([[1, 1]]))
      },
      TrapCase(id: "multiLabel gradient NaN", message: "multiLabelCrossEntropyGradient: logits [0, 0] is NaN") {
        _ = multiLabelCrossEntropyGradient(logits: Matrix([[.nan, 0]]), labels: Matrix([[1, 1]]))
      },
    ]

    static let layerCases: [TrapCase] = [
      TrapCase(id: "He variance fan_in 0", message: "He normal: a layer needs at least one input and one output, got 0")
      {
        _ = Initializer.heNormal.variance(fanIn: 0, fanOut: 3)
      },
      TrapCase(id: "LeCun variance fan_in -1", message: "LeCun normal: a layer needs at least one input") {
        _ = Initializer.lecunNormal.variance(fanIn: -1, fanOut: 3)
      },
      TrapCase(
        id: "uniform limit -1",
        message:
          "Initializer.uniform: the limit must lie in 1e-150…1e150 (weights in −limit..<limit; its square is used), got -1"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Initializer.uniform(limit: -1).weights(fanIn: 2, fanOut: 2, using: &generator)
      },
      TrapCase(
        id: "normal NaN deviation",
        message: "Initializer.normal: the standard deviation must be 0 or lie in 1e-150…1e150"
      ) {
        _ = Initializer.normal(standardDeviation: .nan).variance(fanIn: 2, fanOut: 2)
      },
      TrapCase(id: "constant ∞", message: "Initializer.constant: the value must be a finite number, got ∞") {
        var generator = SeededGenerator(seed: 1)
        _ = Initializer.constant(.infinity).weights(fanIn: 2, fanOut: 2, using: &generator)
      },
      TrapCase(id: "Dense 0 inputs", message: "Dense: needs at least one input and one output, got weights 0×3") {
        _ = Dense(weights: .zeros(rows: 0, columns: 3), bias: .zeros(rows: 1, columns: 3))
      },
      TrapCase(id: "Dense -1 inputs", message: "Dense: a layer needs at least one input and one output, got -1 → 2") {
        var generator = SeededGenerator(seed: 1)
        _ = Dense(inputs: -1, outputs: 2, standardDeviation: 1, using: &generator)
      },
      TrapCase(
        id: "Dense 0 outputs by rule", message: "Dense: a layer needs at least one input and one output, got 2 → 0"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Dense(inputs: 2, outputs: 0, initializer: .heNormal, using: &generator)
      },
      TrapCase(
        id: "Dense negative deviation",
        message: "Dense: the standard deviation must be a finite number in 0…1e300, got -1"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Dense(inputs: 2, outputs: 2, standardDeviation: -1, using: &generator)
      },
      TrapCase(
        id: "Dense bias shape", message: "Dense: the weights are 2×2 (inputs × outputs), so the bias must be 1×2"
      ) {
        _ = Dense(weights: twoByTwo, bias: nanColumn)
      },
      TrapCase(id: "Dense backward first", message: "Dense 2 → 2: backward called before forward") {
        var layer = Dense(weights: twoByTwo, bias: .zeros(rows: 1, columns: 2))
        _ = layer.backward(twoByTwo)
      },
      TrapCase(id: "BatchNorm one training row", message: "BatchNorm 2: a training batch needs at least 2 rows") {
        var layer = BatchNorm(features: 2)
        _ = layer.forward(Matrix([[1, 2]]), training: true)
      },
      TrapCase(id: "BatchNorm 0 features", message: "BatchNorm: the layer needs at least one feature, got 0") {
        _ = BatchNorm(features: 0)
      },
      TrapCase(id: "BatchNorm momentum 1", message: "BatchNorm: the momentum must lie in [0, 1), got 1.0000") {
        _ = BatchNorm(features: 2, momentum: 1)
      },
      TrapCase(id: "activation backward first", message: "relu: backward called before forward") {
        var layer = ActivationLayer(.relu)
        _ = layer.backward(twoByTwo)
      },
    ]

    /// A one-layer linear network for the trainer's cases.
    static func linearNetwork() -> Sequential {
      Sequential(
        [Dense(weights: .zeros(rows: 1, columns: 1), bias: .zeros(rows: 1, columns: 1))], loss: MeanSquaredErrorLoss())
    }

    static let trainingCases: [TrapCase] = [
      TrapCase(id: "train epochs -1", message: "train: the number of epochs cannot be negative, got -1") {
        var network = linearNetwork()
        _ = try? network.train(
          features: nanColumn, targets: nanColumn, epochs: -1, batchSize: 1, learningRate: 0.1, order: { _ in [0] })
      },
      TrapCase(id: "train batch size 0", message: "train: the batch size must be positive, got 0") {
        var network = linearNetwork()
        _ = try? network.train(
          features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1, batchSize: 0, learningRate: 0.1,
          order: { _ in [0, 1] })
      },
      TrapCase(id: "train no examples", message: "train: there are no examples (X is 0×1)") {
        var network = linearNetwork()
        _ = try? network.train(
          features: emptyColumn, targets: emptyColumn, epochs: 1, batchSize: 1, learningRate: 0.1, order: { _ in [] })
      },
      TrapCase(id: "train order empty", message: "train: order(0) gave no rows, so epoch 1 would have no batches") {
        var network = linearNetwork()
        _ = try? network.train(
          features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1, batchSize: 1, learningRate: 0.1,
          order: { _ in [] })
      },
      TrapCase(id: "train η -1", message: "train: the learning rate η must be a finite number ≥ 0, got -1.0000") {
        var network = linearNetwork()
        _ = try? network.train(
          features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1, batchSize: 1, learningRate: -1,
          order: { _ in [0, 1] })
      },
      TrapCase(id: "train rows differ", message: "train: X is 2×1 but Y is 1×1 — they need the same number of rows") {
        var network = linearNetwork()
        _ = try? network.train(
          features: twoByTwo.column(0), targets: Matrix([[1]]), epochs: 1, batchSize: 1, learningRate: 0.1,
          order: { _ in [0] })
      },
      TrapCase(
        id: "trainingStep η NaN",
        message: "Sequential.trainingStep: the learning rate η must be a finite number ≥ 0, got NaN"
      ) {
        var network = linearNetwork()
        _ = try? network.trainingStep(features: Matrix([[1]]), targets: Matrix([[1]]), learningRate: .nan)
      },
      TrapCase(id: "denseSizes one width", message: "Sequential(denseSizes:): give at least the input and output") {
        var generator = SeededGenerator(seed: 1)
        _ = Sequential(
          denseSizes: [3], activation: .relu, initializer: .heNormal, loss: MeanSquaredErrorLoss(), using: &generator)
      },
      TrapCase(id: "denseSizes a 0 width", message: "Dense: a layer needs at least one input and one output, got 3 → 0")
      {
        var generator = SeededGenerator(seed: 1)
        _ = Sequential(
          denseSizes: [2, 3, 0], activation: .relu, initializer: .heNormal, loss: MeanSquaredErrorLoss(),
          using: &generator)
      },
      TrapCase(
        id: "gradient descent epochs -1",
        message: "MiniBatchGradientDescent.train: the number of epochs cannot be negative, got -1"
      ) {
        _ = try? MiniBatchGradientDescent(learningRate: 0.1, batchSize: 1).train(
          LinearModel.zeros(features: 1), features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: -1,
          order: { _ in [0, 1] })
      },
      TrapCase(id: "gradient descent batch 0", message: "MiniBatchGradientDescent: the batch size must be positive") {
        _ = MiniBatchGradientDescent(learningRate: 0.1, batchSize: 0)
      },
      TrapCase(
        id: "gradient descent η ∞",
        message: "MiniBatchGradientDescent: the learning rate η must be a finite number ≥ 0, got ∞"
      ) { _ = MiniBatchGradientDescent(learningRate: .infinity, batchSize: 1) },
      TrapCase(id: "gradient descent order empty", message: "MiniBatchGradientDescent.train: order(0) gave no rows") {
        _ = try? MiniBatchGradientDescent(learningRate: 0.1, batchSize: 1).train(
          LinearModel.zeros(features: 1), features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1,
          order: { _ in [] })
      },
      TrapCase(id: "miniBatches size 0", message: "miniBatches: the batch size must be positive, got 0") {
        _ = miniBatches(of: [0, 1], size: 0)
      },
      TrapCase(id: "clipByValue NaN limit", message: "clipByValue: the limit must be positive, got NaN") {
        _ = clipByValue([twoByTwo], limit: .nan)
      },
      TrapCase(id: "clipByValue NaN gradient", message: "clipByValue: gradient 1 [1, 0] is NaN; the step has already") {
        _ = clipByValue([twoByTwo, nanColumn], limit: 1)
      },
      TrapCase(id: "clipByGlobalNorm ∞ gradient", message: "clipByGlobalNorm: gradient 0 [1, 0] is ∞") {
        _ = clipByGlobalNorm([infinityColumn], maxNorm: 1)
      },
    ]

    static let modelCases: [TrapCase] = [
      TrapCase(id: "Perceptron too few labels", message: "Perceptron.trainEpoch: X is 2×2, so the labels must be 2×1") {
        var perceptron = Perceptron.zeros(features: 2)
        perceptron.trainEpoch(features: twoByTwo, labels: Matrix([[1]]))
      },
      TrapCase(
        id: "Perceptron label 2", message: "Perceptron.trainEpoch: labels must lie in 0…1, but entry [1, 0] is 2"
      ) {
        var perceptron = Perceptron.zeros(features: 2)
        perceptron.trainEpoch(features: twoByTwo, labels: Matrix(column: [0, 2]))
      },
      TrapCase(id: "Perceptron NaN feature", message: "Perceptron.trainEpoch: X [1, 1] is NaN") {
        var perceptron = Perceptron.zeros(features: 2)
        perceptron.trainEpoch(features: Matrix([[1, 2], [3, .nan]]), labels: Matrix(column: [0, 1]))
      },
      TrapCase(
        id: "Perceptron zero rate", message: "Perceptron.trainEpoch: the learning rate must be a finite number > 0"
      ) {
        var perceptron = Perceptron.zeros(features: 2)
        perceptron.trainEpoch(features: twoByTwo, labels: Matrix(column: [0, 1]), learningRate: 0)
      },
      TrapCase(id: "Perceptron -1 features", message: "Perceptron.zeros: needs at least one feature, got -1") {
        _ = Perceptron.zeros(features: -1)
      },
      TrapCase(
        id: "LogisticRegression 0 features", message: "LogisticRegression.zeros: needs at least one feature, got 0"
      ) {
        _ = LogisticRegression.zeros(features: 0)
      },
      TrapCase(
        id: "SoftmaxRegression 0 classes",
        message: "SoftmaxRegression.zeros: needs at least one feature and one class, got 3 and 0"
      ) { _ = SoftmaxRegression.zeros(features: 3, classes: 0) },
      TrapCase(id: "LinearModel -1 features", message: "LinearModel.zeros: needs at least one feature and one output") {
        _ = LinearModel.zeros(features: -1)
      },
      TrapCase(
        id: "LinearModel.predict width",
        message: "LinearModel.predict: X is 2×2 but the model has 1 weights per output — X needs 1 columns"
      ) { _ = LinearModel.zeros(features: 1).predict(twoByTwo) },
      TrapCase(id: "oneHot 0 classes", message: "oneHot: the number of classes must be at least 1, got 0") {
        _ = oneHot([], classCount: 0)
      },
      TrapCase(id: "multiHot -1 class", message: "multiHot: class -1 (row 0) is outside 0..<3") {
        _ = multiHot([[-1]], classCount: 3)
      },
      TrapCase(id: "classNumbers 0 classes", message: "classNumbers: the number of classes must be at least 1, got 0") {
        _ = classNumbers(Matrix(column: [0]), classCount: 0)
      },
      TrapCase(id: "classNumbers NaN", message: "classNumbers: target NaN in row 1 is not a class number in 0..<2") {
        _ = classNumbers(nanColumn, classCount: 2)
      },
      TrapCase(id: "argmaxPerRow NaN", message: "argmaxPerRow: the scores contain NaN; there is no largest entry") {
        _ = argmaxPerRow(nanColumn)
      },
      TrapCase(id: "argmaxPerRow no columns", message: "argmaxPerRow: the 2×0 matrix has no columns") {
        _ = argmaxPerRow(.zeros(rows: 2, columns: 0))
      },
      TrapCase(
        id: "multiLabelPredictions threshold 1.5",
        message: "multiLabelPredictions: the threshold must lie strictly between 0 and 1, got 1.5000"
      ) { _ = multiLabelPredictions(probabilities: Matrix([[0.5]]), threshold: 1.5) },
      TrapCase(
        id: "multiLabelPredictions NaN",
        message: "multiLabelPredictions: probabilities must lie in 0…1, but entry [1, 0] is NaN"
      ) { _ = multiLabelPredictions(probabilities: nanColumn) },
      TrapCase(id: "multiLabelPredictions logits ∞", message: "multiLabelPredictions(logits:): logits [1, 0] is ∞") {
        _ = multiLabelPredictions(logits: infinityColumn)
      },
    ]

    static let metricCases: [TrapCase] = [
      TrapCase(
        id: "ConfusionMatrix K = -1", message: "ConfusionMatrix: the number of classes must be at least 1, got -1"
      ) {
        _ = ConfusionMatrix(predicted: [], expected: [], classCount: -1)
      },
      TrapCase(
        id: "ConfusionMatrix class 3 of 3", message: "ConfusionMatrix: example 0 has true class 3 and prediction 0"
      ) {
        _ = ConfusionMatrix(predicted: [0], expected: [3], classCount: 3)
      },
      TrapCase(id: "ConfusionMatrix empty accuracy", message: "ConfusionMatrix.accuracy: the matrix counts no examples")
      {
        _ = ConfusionMatrix(predicted: [], expected: [], classCount: 2).accuracy
      },
      TrapCase(
        id: "accuracy NaN prediction", message: "accuracy: predicted [1, 0] is NaN, not a class label"
      ) {
        _ = accuracy(predicted: nanColumn, expected: .ones(rows: 2, columns: 1))
      },
      TrapCase(id: "accuracy empty", message: "accuracy: there are no labels to compare") {
        _ = accuracy(predicted: [Int](), expected: [])
      },
      TrapCase(id: "accuracy counts differ", message: "accuracy: 2 predictions but 1 true classes") {
        _ = accuracy(predicted: [0, 1], expected: [1])
      },
    ]
  }

  extension TrapTable {
    static let outputCases: [TrapCase] = [
      TrapCase(id: "GreyscaleImage NaN pixel", message: "GreyscaleImage: pixel [0, 1] is NaN; a brightness must be") {
        _ = GreyscaleImage(pixels: Matrix([[0, .nan]]), maximum: 16)
      },
      TrapCase(id: "GreyscaleImage NaN maximum", message: "GreyscaleImage: the maximum brightness must be a finite") {
        _ = GreyscaleImage(pixels: Matrix([[0]]), maximum: .nan)
      },
      TrapCase(id: "GreyscaleImage width 0", message: "GreyscaleImage: a 1×3 row cannot be cut into image rows of 0") {
        _ = GreyscaleImage(row: Matrix(row: [1, 2, 3]), width: 0, maximum: 1)
      },
      TrapCase(id: "Page.matrix maxRows -1", message: "Page.matrix: maxRows cannot be negative, got -1") {
        Page(style: TerminalStyle(usesColour: false), write: { _ in }).matrix("A", twoByTwo, maxRows: -1)
      },
      TrapCase(id: "sideBySide gap -1", message: "sideBySide: the gap cannot be negative, got -1") {
        _ = sideBySide([["a"], ["b"]], perRow: 2, gap: -1)
      },
      TrapCase(id: "sideBySide captions", message: "sideBySide: 1 blocks but 2 captions") {
        _ = sideBySide([["a"]], captions: ["x", "y"], perRow: 1)
      },
      TrapCase(id: "formatNumber decimals -1", message: "formatNumber: decimals must lie in 0…20, got -1") {
        _ = formatNumber(1.5, decimals: -1)
      },
      TrapCase(id: "formatFixed decimals 99", message: "formatFixed: decimals must lie in 0…20, got 99") {
        _ = formatFixed(1.5, decimals: 99)
      },
      TrapCase(id: "formatScientific decimals -1", message: "formatScientific: decimals must lie in 0…20, got -1") {
        _ = formatScientific(1.5, decimals: -1)
      },
      TrapCase(id: "formatPercent decimals 21", message: "formatPercent: decimals must lie in 0…20, got 21") {
        _ = formatPercent(0.5, decimals: 21)
      },
      TrapCase(id: "formatDuration -1", message: "formatDuration: a duration must be a finite number ≥ 0, got -1") {
        _ = formatDuration(-1)
      },
      TrapCase(id: "DecisionRegionPlot ∞ range", message: "DecisionRegionPlot: the ranges must have finite ends") {
        _ = DecisionRegionPlot(x: 0...Double.infinity, y: 0...1) { _, _ in 0 }
      },
      TrapCase(id: "TextTable ragged", message: "TextTable: row 0 has 2 cells but there are 1 headers") {
        _ = TextTable(headers: ["a"], rows: [["1", "2"]])
      },
      TrapCase(id: "BarChart labels", message: "BarChart: 1 labels for 2 values — give one label per bar") {
        _ = BarChart(labels: ["a"], values: [1, 2])
      },
      TrapCase(id: "LinePlot 1×1", message: "LinePlot: needs at least 2×2 characters, got 1×1") {
        _ = LinePlot([1], width: 1, height: 1)
      },
      TrapCase(id: "fastestTime 0 runs", message: "fastestTime: needs at least one run, got 0") {
        _ = fastestTime(of: 0) {}
      },
    ]
  }

  /// The cases a second, independent sweep found: properties changed after `init`, extreme
  /// finite values, and hyper-parameters of the training helpers.
  extension TrapTable {
    static let stateCases: [TrapCase] = [
      TrapCase(id: "BarChart width set to -1", message: "BarChart: the width must be at least 2, got -1") {
        var chart = BarChart(labels: ["a"], values: [1])
        chart.width = -1
        _ = chart.render()
      },
      TrapCase(id: "BarChart labels set short", message: "BarChart: 1 labels for 2 values") {
        var chart = BarChart(labels: ["a", "b"], values: [1, 2])
        chart.labels = ["a"]
        _ = chart.render()
      },
      TrapCase(id: "LinePlot height set to 0", message: "LinePlot: needs at least 2×2 characters, got 60×0") {
        var plot = LinePlot([1, 2])
        plot.height = 0
        _ = plot.render()
      },
      TrapCase(id: "TextTable rows set ragged", message: "TextTable: row 0 has 1 cells but there are 2 headers") {
        var table = TextTable(headers: ["a", "b"], rows: [])
        table.rows = [["1"]]
        _ = table.render()
      },
      TrapCase(id: "Dense bias set to a column", message: "Dense 1 → 1: the weights are 1×1 (inputs × outputs), so the")
      {
        var layer = Dense(weights: Matrix([[1]]), bias: Matrix([[0]]))
        layer.bias = Matrix(column: [10, 20])
        _ = layer.forward(Matrix(column: [1, 2]), training: false)
      },
      TrapCase(
        id: "LinearModel bias set to a column", message: "LinearModel.predict: the weights are 1×1 (inputs × outputs)"
      ) {
        var model = LinearModel.zeros(features: 1)
        model.bias = Matrix(column: [10, 20])
        _ = model.predict(Matrix(column: [1, 2]))
      },
      TrapCase(
        id: "LogisticRegression weights set 1×2", message: "LogisticRegression: the weights must be n×1, got 1×2"
      ) {
        var model = LogisticRegression.zeros(features: 1)
        model.weights = Matrix([[1, 2]])
        _ = model.logits(Matrix([[1]]))
      },
      TrapCase(id: "BatchNorm γ set 2×2", message: "BatchNorm 2: γ, β and the running statistics must all be 1×2") {
        var layer = BatchNorm(features: 2)
        layer.scale = twoByTwo
        _ = layer.forward(twoByTwo, training: true)
      },
      TrapCase(id: "LinearModel with no outputs", message: "LinearModel: needs at least one input and one output, got")
      {
        _ = LinearModel(weights: .zeros(rows: 1, columns: 0), bias: .zeros(rows: 1, columns: 0))
      },
      TrapCase(id: "SoftmaxRegression with no classes", message: "SoftmaxRegression: needs at least one input and one")
      {
        _ = SoftmaxRegression(weights: .zeros(rows: 1, columns: 0), bias: .zeros(rows: 1, columns: 0))
      },
      TrapCase(
        id: "updated with η NaN",
        message: "LinearModel.updated(by:learningRate:): the learning rate η must be a finite number ≥ 0, got NaN"
      ) {
        let model = LinearModel.zeros(features: 1)
        _ = model.updated(
          by: ParameterGradients(loss: 0, weights: Matrix([[1]]), bias: Matrix([[1]])), learningRate: .nan)
      },
      TrapCase(
        id: "updated with the wrong gradient shape",
        message: "LinearModel.updated(by:learningRate:): the gradients are dW 1×1 and dB 1×1, but the model has W 3×1"
      ) {
        let model = LinearModel.zeros(features: 3)
        _ = model.updated(
          by: ParameterGradients(loss: 0, weights: Matrix([[1]]), bias: Matrix([[1]])), learningRate: 0.1)
      },
      TrapCase(
        id: "gradient descent batch size set to 0", message: "MiniBatchGradientDescent.train: the batch size must"
      ) {
        var trainer = MiniBatchGradientDescent(learningRate: 0.1, batchSize: 1)
        trainer.batchSize = 0
        _ = try? trainer.train(
          LinearModel.zeros(features: 1), features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1,
          order: { _ in [0, 1] })
      },
    ]

    /// Optimizers, schedules and the optimizer trainer (Lesson07).
    static let optimizerCases: [TrapCase] = [
      TrapCase(
        id: "Momentum β = 1",
        message: "Momentum: β must be in [0, 1) (the weight of the past in a moving average), got 1"
      ) {
        _ = Momentum(beta: 1)
      },
      TrapCase(id: "Adam β₂ NaN", message: "Adam: β₂ must be in [0, 1)") { _ = Adam(beta2: .nan) },
      TrapCase(id: "RMSprop ε 0", message: "RMSprop: ε must be a finite number > 0") { _ = RMSprop(epsilon: 0) },
      TrapCase(
        id: "AdamW negative decay", message: "AdamW: the weight decay λ must be a finite number ≥ 0, got -0.1"
      ) {
        _ = AdamW(weightDecay: -0.1)
      },
      TrapCase(id: "Adam NaN gradient", message: "Adam: gradient 0 [0, 1] is NaN") {
        var adam = Adam()
        var parameters = [Matrix([[1.0, 2.0]])]
        adam.update(&parameters, gradients: [Matrix([[0.5, .nan]])], roles: [.weight], learningRate: 0.1)
      },
      TrapCase(id: "SGD gradient shape", message: "SGD: parameter 0 is 1×2 but its gradient is 2×1") {
        var sgd = SGD()
        var parameters = [Matrix([[1.0, 2.0]])]
        sgd.update(&parameters, gradients: [Matrix(column: [1, 2])], roles: [.weight], learningRate: 0.1)
      },
      TrapCase(id: "Momentum state of another network", message: "one optimizer serves one network") {
        var momentum = Momentum()
        var small = [Matrix([[1.0]])]
        momentum.update(&small, gradients: [Matrix([[1.0]])], roles: [.weight], learningRate: 0.1)
        var large = [Matrix([[1.0, 2.0]])]
        momentum.update(&large, gradients: [Matrix([[1.0, 1.0]])], roles: [.weight], learningRate: 0.1)
      },
      TrapCase(id: "Adam negative rate", message: "Adam: the learning rate η must be a finite number ≥ 0, got -0.1000")
      {
        var adam = Adam()
        var parameters = [Matrix([[1.0]])]
        adam.update(&parameters, gradients: [Matrix([[1.0]])], roles: [.weight], learningRate: -0.1)
      },
      TrapCase(id: "ExponentialDecay factor 2", message: "ExponentialDecay: the factor must be in (0, 1], got 2") {
        _ = ExponentialDecay(initialRate: 0.1, factor: 2, every: 10)
      },
      TrapCase(id: "CosineDecay 0 steps", message: "CosineDecay: T must be at least 1 step, got 0") {
        _ = CosineDecay(initialRate: 0.1, steps: 0)
      },
      TrapCase(id: "Piecewise rates count", message: "PiecewiseConstantRate: 2 boundaries need 3 rates, got 2") {
        _ = PiecewiseConstantRate(boundaries: [10, 20], rates: [0.1, 0.01])
      },
      TrapCase(
        id: "schedule negative step",
        message: "ConstantRate.rate(atStep:): the step counts updates taken, so it is ≥ 0; got -1"
      ) {
        _ = ConstantRate(0.1).rate(atStep: -1)
      },
      TrapCase(id: "OneCycleRate 1 step", message: "OneCycleRate: a cycle needs at least 2 steps (up and down), got 1")
      {
        _ = OneCycleRate(maximumRate: 0.1, steps: 1)
      },
      TrapCase(id: "ContourPlot NaN", message: "ContourPlot: f(-0.5000, 0.5000) is NaN; it must be a number") {
        _ = ContourPlot(x: -1...1, y: -1...1, width: 2, height: 2) { _, _ in .nan }
      },
      TrapCase(id: "ContourPlot zero width", message: "ContourPlot: the ranges must have finite ends") {
        _ = ContourPlot(x: 0...0, y: 0...1) { _, _ in 1 }
      },
      TrapCase(
        id: "Dropout rate 1",
        message: "Dropout: the rate p is the probability of dropping an entry, in [0, 1); got 1.0000"
      ) {
        _ = Dropout(rate: 1)
      },
      TrapCase(id: "Dropout mask shape", message: "Dropout: nextMask is 1×2 but the input is 2×2") {
        var layer = Dropout(rate: 0.5)
        layer.nextMask = Matrix([[1, 0]])
        _ = layer.forward(twoByTwo, training: true)
      },
      TrapCase(id: "Dropout mask of 0.5", message: "Dropout: nextMask must hold only 0 (drop) and 1 (keep)") {
        var layer = Dropout(rate: 0.5)
        layer.nextMask = Matrix([[1, 0.5], [0, 1]])
        _ = layer.forward(twoByTwo, training: true)
      },
      TrapCase(id: "Dropout backward first", message: "Dropout: backward called before a training forward pass") {
        var layer = Dropout(rate: 0.5)
        _ = layer.forward(twoByTwo, training: false)
        _ = layer.backward(twoByTwo)
      },
      TrapCase(id: "EarlyStopping patience 0", message: "EarlyStopping: the patience must be at least 1 epoch, got 0") {
        _ = EarlyStopping(patience: 0)
      },
      TrapCase(id: "EarlyStopping NaN loss", message: "EarlyStopping: epoch 1's validation loss is NaN") {
        var stopper = EarlyStopping(patience: 1)
        _ = stopper.observe(validationLoss: .nan)
      },
      TrapCase(id: "kFold 1 fold", message: "kFoldSplits: needs at least 2 folds, got 1") {
        var generator = SeededGenerator(seed: 1)
        _ = kFoldSplits(count: 10, folds: 1, using: &generator)
      },
      TrapCase(id: "SampleSummary one value", message: "SampleSummary: needs at least 2 values for a spread, got 1") {
        _ = SampleSummary([0.5])
      },
      TrapCase(id: "SampleSummary NaN", message: "SampleSummary: value 1 is nan, not a finite number") {
        _ = SampleSummary([0.5, .nan, 0.7])
      },
      TrapCase(id: "ClassifierDigits bad row", message: "rows(at:): row 1797 is out of range for a 1797×64 matrix") {
        _ = try? ClassifierDigits.load().rows(at: [0, 1797])
      },
      TrapCase(id: "kFold too few rows", message: "kFoldSplits: 3 rows cannot fill 5 folds") {
        var generator = SeededGenerator(seed: 1)
        _ = kFoldSplits(count: 3, folds: 5, using: &generator)
      },
      TrapCase(
        id: "weight decay negative",
        message: "TrainingOptions: the weight decay λ must be a finite number ≥ 0, got -0.1000"
      ) {
        _ = TrainingOptions(epochs: 1, batchSize: 1, weightDecay: .l2(-0.1))
      },
      TrapCase(id: "l2Penalty roles", message: "l2Penalty: 1 parameters but 2 roles") {
        _ = l2Penalty([twoByTwo], roles: [.weight, .bias], lambda: 0.1)
      },
      TrapCase(id: "TrainingOptions batch 0", message: "TrainingOptions: the batch size must be positive, got 0") {
        _ = TrainingOptions(epochs: 1, batchSize: 0)
      },
      TrapCase(
        id: "ValidationData accuracy of 1 column",
        message: "ValidationData: accuracy needs one-hot targets with at least 2 classes, got 2×1"
      ) {
        _ = ValidationData(features: twoByTwo, targets: Matrix(column: [0, 1]), reportsAccuracy: true)
      },
      TrapCase(id: "range test highest below lowest", message: "learningRateRangeTest: needs 0 < lowest < highest") {
        var generator = SeededGenerator(seed: 1)
        let network = Sequential(
          denseSizes: [2, 2], activation: .relu, initializer: .heNormal, loss: MeanSquaredErrorLoss(),
          using: &generator)
        _ = network.learningRateRangeTest(
          features: twoByTwo, targets: twoByTwo, optimizer: SGD(), batchSize: 2, lowest: 1, highest: 0.1,
          order: { _ in [0, 1] })
      },
    ]

    static let valueCases: [TrapCase] = [
      TrapCase(id: "Value NaN", message: "Value: a value must be a finite number, got NaN") { _ = Value(.nan) },
      TrapCase(id: "Value divide by 0", message: "Value ÷: division by 0 (3.0000 ÷ 0)") { _ = Value(3) / Value(0) },
      TrapCase(id: "Value log of -1", message: "Value.log: the logarithm needs a number above 0, got -1.0000") {
        _ = Value(-1).log()
      },
      TrapCase(
        id: "Value power of negative", message: "Value.power: a negative number, -2.0000, has no real power 0.5000"
      ) { _ = Value(-2).power(0.5) },
      TrapCase(
        id: "Value exp overflow",
        message: "Value exp: the result or its derivative is not a finite number for 1000.0000"
      ) { _ = Value(1000).exp() },
      TrapCase(id: "Value product overflow", message: "Value ×: the result or its derivative is not a finite number") {
        _ = Value(1e200) * Value(1e200)
      },
      TrapCase(id: "Value adjust computed", message: "Value.adjust: only a leaf (an input or a parameter) can change") {
        (Value(1) + Value(2)).adjust(by: 1)
      },
      TrapCase(id: "ValueNeuron inputs", message: "ValueNeuron: 1 inputs for a neuron with 2 weights") {
        _ = ValueNeuron(weights: [Value(1), Value(2)], bias: Value(0), activation: .tanh)([Value(1)])
      },
      TrapCase(id: "ValueMLP MSE counts", message: "ValueMLP.meanSquaredError: 1 examples and 0 targets") {
        let network = ValueMLP(
          weights: [Matrix.zeros(rows: 1, columns: 1)], biases: [Matrix.zeros(rows: 1, columns: 1)], hidden: .tanh)
        _ = network.meanSquaredError(inputs: [[1]], targets: [])
      },
      TrapCase(id: "ValueMLP shapes", message: "ValueMLP: layer 2 takes 3 inputs but layer 1 gives 2") {
        _ = ValueMLP(
          weights: [Matrix.zeros(rows: 2, columns: 2), Matrix.zeros(rows: 3, columns: 1)],
          biases: [Matrix.zeros(rows: 1, columns: 2), Matrix.zeros(rows: 1, columns: 1)], hidden: .tanh)
      },
    ]

    static let secondSweepCases: [TrapCase] = [
      TrapCase(
        id: "DecisionRegionPlot zero width",
        message: "DecisionRegionPlot: the ranges must have finite ends and a finite, non-zero width"
      ) { _ = DecisionRegionPlot(x: 0...0, y: 0...1) { _, _ in 0 } },
      TrapCase(id: "DecisionRegionPlot class 2", message: "returned 2; it must return class 0 or 1") {
        _ = DecisionRegionPlot(x: 0...1, y: 0...1) { _, _ in 2 }
      },
      TrapCase(id: "ConfusionMatrix.table one name", message: "ConfusionMatrix.table: 1 names for 2 classes") {
        _ = ConfusionMatrix(predicted: [0, 1], expected: [0, 1], classCount: 2).table(names: ["cat"])
      },
      TrapCase(id: "Page.images captions", message: "Page.images: 1 images but 2 captions") {
        Page(style: TerminalStyle(usesColour: false), write: { _ in }).images(
          [GreyscaleImage(pixels: Matrix([[1]]), maximum: 1)], captions: ["a", "b"])
      },
      TrapCase(
        id: "largestEigenvalue not symmetric",
        message: "largestEigenvalue: the matrix is not symmetric: [0, 1] is 1.0000 but [1, 0] is -1.0000"
      ) { _ = largestEigenvalue(ofSymmetric: Matrix([[0, 1], [-1, 0]])) },
      TrapCase(id: "largestEigenvalue negative", message: "largestEigenvalue: the matrix has a negative eigenvalue") {
        _ = largestEigenvalue(ofSymmetric: Matrix([[1, 0], [0, -3]]))
      },
      TrapCase(
        id: "numericDerivative step 1e-17",
        message: "numericDerivative: the step h = 1.0000e-17 is too small to move the point, 1.0000"
      ) { _ = numericDerivative(of: { $0 * $0 }, at: 1, step: 1e-17) },
      TrapCase(
        id: "numericGradient step at 1e12",
        message: "numericGradient: the step h = 1.0000e-05 is too small to move entry 0, 1.0000e+12"
      ) { _ = numericGradient(of: { $0.sum() }, at: Matrix([[1e12]])) },
      TrapCase(id: "randomUniform width overflows", message: "randomUniform: the range must be a non-empty interval of")
      {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomUniform(rows: 1, columns: 4, in: -1e308..<1e308, using: &generator)
      },
      TrapCase(
        id: "randomNormal σ 1e308", message: "randomNormal: standardDeviation must be a finite number in 0…1e300"
      ) {
        var generator = SeededGenerator(seed: 1)
        _ = Matrix.randomNormal(rows: 1, columns: 6, standardDeviation: 1e308, using: &generator)
      },
      TrapCase(id: "Standardizer variance overflows", message: "Standardizer(fittedTo:): the variance of column 0") {
        _ = Standardizer(fittedTo: Matrix(column: [1e200, -1e200]))
      },
      TrapCase(id: "Split overlap", message: "Split: row 2 is in both the training and the test rows") {
        _ = Split(train: [0, 1, 2], test: [2, 3])
      },
      TrapCase(id: "Split negative row", message: "Split: row -1 is negative; rows are numbered from 0") {
        _ = Split(train: [-1, 0], test: [9])
      },
      TrapCase(id: "Split repeated row", message: "Split: training row 1 is listed twice") {
        _ = Split(train: [1, 1], test: [0])
      },
      TrapCase(id: "BatchNorm ε ∞", message: "BatchNorm: ε must be a finite number > 0, got ∞") {
        _ = BatchNorm(features: 1, epsilon: .infinity)
      },
      TrapCase(id: "BatchNorm initial variance -1", message: "BatchNorm: the initial running variance must be a") {
        _ = BatchNorm(features: 1, initialRunningVariance: -1)
      },
      TrapCase(id: "BatchNorm running mean set 2×1", message: "BatchNorm 2: γ, β and the running statistics must all") {
        var layer = BatchNorm(features: 2)
        layer.runningMean = .zeros(rows: 2, columns: 1)
        _ = layer.forward(twoByTwo, training: false)
      },
      TrapCase(
        id: "Standardizer rebuilt with deviation 0",
        message: "Standardizer(means:standardDeviations:): the deviation of column 1 is 0.0000; each must be"
      ) { _ = Standardizer(means: Matrix([[1, 2]]), standardDeviations: Matrix([[1, 0]])) },
      TrapCase(id: "Standardizer rebuilt with shapes apart", message: "both must be the same 1×n row, got 1×2 and 2×1")
      {
        _ = Standardizer(means: Matrix([[1, 2]]), standardDeviations: Matrix(column: [1, 1]))
      },
      TrapCase(id: "Perceptron empty epoch", message: "Perceptron.trainEpoch: there are no examples (X is 0×2)") {
        var perceptron = Perceptron.zeros(features: 2)
        perceptron.trainEpoch(features: .zeros(rows: 0, columns: 2), labels: .zeros(rows: 0, columns: 1))
      },
      TrapCase(id: "Perceptron NaN weights", message: "Perceptron.trainEpoch: the weights [0, 0] is NaN") {
        var perceptron = Perceptron(weights: Matrix([[.nan]]), bias: 0)
        perceptron.trainEpoch(features: Matrix([[1]]), labels: Matrix([[1]]))
      },
      TrapCase(id: "one at a time: empty", message: "gradientsOneExampleAtATime: X is 0×2, an empty batch") {
        _ = LogisticRegression.zeros(features: 2).gradientsOneExampleAtATime(
          features: .zeros(rows: 0, columns: 2), targets: .zeros(rows: 0, columns: 1))
      },
      TrapCase(id: "one at a time: ∞ feature", message: "gradientsOneExampleAtATime: X [0, 0] is ∞") {
        _ = LogisticRegression.zeros(features: 1).gradientsOneExampleAtATime(
          features: Matrix([[.infinity]]), targets: Matrix([[1]]))
      },
      TrapCase(id: "one at a time: label 2", message: "gradientsOneExampleAtATime: labels must lie in 0…1") {
        _ = LogisticRegression.zeros(features: 1).gradientsOneExampleAtATime(
          features: Matrix([[1]]), targets: Matrix([[2]]))
      },
      TrapCase(id: "crossEntropy rows not summing to 1", message: "crossEntropy: probability row 0 adds up to 1.8000") {
        _ = crossEntropy(probabilities: Matrix([[0.9, 0.9], [0.8, 0.2]]), labels: Matrix([[1, 0], [0, 1]]))
      },
      TrapCase(id: "accuracy of probabilities", message: "accuracy: predicted [0, 0] is 0.7000, not a class label") {
        _ = accuracy(predicted: Matrix(column: [0.7, 0.2]), expected: Matrix(column: [1, 0]))
      },
      TrapCase(id: "train order row 5", message: "train: order(0) gave row 5, but X has rows 0..<2") {
        var network = linearNetwork()
        _ = try? network.train(
          features: twoByTwo.column(0), targets: twoByTwo.column(1), epochs: 1, batchSize: 1, learningRate: 0.1,
          order: { _ in [0, 5] })
      },
      TrapCase(
        id: "normal equation with too few rows",
        message: "fitByNormalEquation: X is 2×3; fitting 3 weights and a bias needs more rows than features"
      ) { _ = try? fitByNormalEquation(features: Matrix([[1, 2, 3], [4, 5, 7]]), targets: Matrix(column: [1, 2])) },
      TrapCase(
        id: "softmaxCrossEntropy class 5 of 3",
        message: "softmaxCrossEntropy(logits:classes:): class 5 (row 0) is outside 0..<3"
      ) { _ = softmaxCrossEntropy(logits: .zeros(rows: 1, columns: 3), classes: [5]) },
      TrapCase(
        id: "softmaxCrossEntropy no classes",
        message: "softmaxCrossEntropy(logits:classes:): the logits 1×0 have no classes"
      ) { _ = softmaxCrossEntropy(logits: .zeros(rows: 1, columns: 0), classes: [0]) },
      TrapCase(
        id: "bostonAsInTheBook drops rows",
        message: "bostonAsInTheBook: the adjusting closure changed the number of rows from 506 to 100"
      ) { _ = try? BundledDataset.bostonAsInTheBook(adjusting: { $0 = $0.subset(Array(0..<100)) }) },
      TrapCase(
        id: "model gradients of nothing", message: "LinearModel.gradients(features:targets:): X is 0×1, an empty"
      ) {
        _ = LinearModel.zeros(features: 1).gradients(features: emptyColumn, targets: emptyColumn)
      },
      TrapCase(id: "network gradients of nothing", message: "Sequential.computeGradients: X is 0×1, an empty batch") {
        var network = linearNetwork()
        _ = try? network.computeGradients(features: emptyColumn, targets: emptyColumn)
      },
    ]
  }

  /// Every case of `TrapTable`, each in a child process (the call is meant to stop the program),
  /// checking that it stops with a failure and its message on standard error.
  @Suite struct BadInputTrapTests {
    @Test(arguments: TrapTable.cases.map(\.id))
    func stopsWithAMessageNamingTheCall(_ id: String) async throws {
      let expected = try #require(TrapTable.named(id)).message
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [id] in
        TrapTable.named(id)?.call()
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains(expected), "\(id): expected “\(expected)” in:\n\(message)")
    }

    @Test func everyCaseHasItsOwnName() {
      #expect(Set(TrapTable.cases.map(\.id)).count == TrapTable.cases.count)
    }
  }
#endif
