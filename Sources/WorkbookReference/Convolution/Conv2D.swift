import WorkbookBasics

/// A 2-D convolution layer with stride 1: every filter slides over the image and, at each
/// position, takes a weighted sum of the k × k × C pixels under it, plus its bias.
///
/// It runs as one matrix product, the way most libraries do it ("im2col"): each position's
/// patch is copied into a row of a patch matrix, so the whole batch is
///
/// ```
/// forward:   P = im2col(X)          (m·positions) × (k·k·C), one patch per row
///            Z = P·W + b            (m·positions) × F, read as m × (positions·F): channels last
/// backward:  dL/dW = Pᵀ·dL/dZ       (k·k·C) × F
///            dL/db = Σ rows of dL/dZ
///            dL/dX = col2im(dL/dZ·Wᵀ)   each patch's gradient added back where it came from
/// ```
/// Row (ky·k + kx)·C + c of W is the weight on the pixel at offset (ky, kx), channel c, of a
/// patch: the same channels-last order as the images (`ImageShape`). With `.same` padding the
/// image is bordered by zeros so the output keeps its height and width; with `.valid` it
/// shrinks by k − 1.
///
/// The same F filters are used at every position (weight sharing): a 3×3 filter on one
/// channel has 9 weights however large the image is.
public struct Conv2D: Layer {
  /// How the border of the image is handled.
  public enum Padding: String, Sendable, Equatable, CaseIterable {
    /// No padding: only positions where the whole kernel fits; the output is (H − k + 1) × (W − k + 1).
    case valid
    /// Zeros around the image, (k − 1)/2 on each side, so the output is H × W (k odd).
    case same
  }

  /// The shape of each input image.
  public let inputShape: ImageShape
  /// k, the height and width of every filter.
  public let kernelSize: Int
  /// How the border is handled.
  public let padding: Padding
  /// W, (k·k·C) × F: one column per filter.
  public var weights: Matrix
  /// b, 1 × F: one bias per filter.
  public var bias: Matrix
  /// dL/dW and dL/db from the last backward pass.
  public private(set) var parameterGradients: [Matrix] = []
  private var lastPatches: Matrix?

  /// A layer with the given filters.
  /// - Parameters:
  ///   - inputShape: the shape of each input image.
  ///   - kernelSize: k, at least 1, and odd for `.same` padding.
  ///   - padding: how the border is handled.
  ///   - weights: (k·k·C) × F.
  ///   - bias: 1 × F.
  /// - Precondition: the shapes agree (stops with a message naming them otherwise).
  public init(inputShape: ImageShape, kernelSize: Int, padding: Padding, weights: Matrix, bias: Matrix) {
    Self.requireGeometry(inputShape, kernelSize, padding)
    self.inputShape = inputShape
    self.kernelSize = kernelSize
    self.padding = padding
    self.weights = weights
    self.bias = bias
    requireFilterShapes()
  }

  /// A layer of `filters` filters with weights drawn by `initializer` (fan-in k·k·C, fan-out
  /// F) and zero biases.
  /// - Parameters:
  ///   - inputShape: the shape of each input image.
  ///   - filters: F, at least 1.
  ///   - kernelSize: k (3 by default).
  ///   - padding: `.same` by default.
  ///   - initializer: the rule for the weights (`.heNormal` before a ReLU).
  ///   - generator: the seeded source of randomness.
  public init(
    inputShape: ImageShape, filters: Int, kernelSize: Int = 3, padding: Padding = .same, initializer: Initializer,
    using generator: inout some RandomNumberGenerator
  ) {
    Self.requireGeometry(inputShape, kernelSize, padding)
    require(filters >= 1, "Conv2D: a layer needs at least one filter, got \(filters)")
    let fanIn = kernelSize * kernelSize * inputShape.channels
    self.init(
      inputShape: inputShape, kernelSize: kernelSize, padding: padding,
      weights: initializer.weights(fanIn: fanIn, fanOut: filters, using: &generator),
      bias: .zeros(rows: 1, columns: filters))
  }

  /// F, the number of filters.
  public var filters: Int { weights.columns }

  /// Zeros added on each side: (k − 1)/2 for `.same`, 0 for `.valid`.
  public var border: Int { padding == .same ? (kernelSize - 1) / 2 : 0 }

  /// The shape of each output image: one channel per filter.
  public var outputShape: ImageShape {
    ImageShape(
      height: inputShape.height + 2 * border - kernelSize + 1, width: inputShape.width + 2 * border - kernelSize + 1,
      channels: filters)
  }

  /// [W, b].
  public var parameters: [Matrix] {
    get { [weights, bias] }
    set {
      requireParameterPair(newValue, like: (weights, bias), symbols: ("W", "b"), name)
      (weights, bias) = (newValue[0], newValue[1])
    }
  }

  /// `[.weight, .bias]`.
  public var parameterRoles: [ParameterRole] { [.weight, .bias] }

  /// "Conv2D 3×3, 8×8×1 → 8×8×8".
  public var name: String { "Conv2D \(kernelSize)×\(kernelSize), \(inputShape) → \(outputShape)" }

  /// Z = im2col(X)·W + b, read as one output image per row; remembers the patches.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    requireFilterShapes()
    inputShape.requireBatch(input, name)
    let patches = im2col(input)
    lastPatches = patches
    let output = patches.matmul(weights) + bias
    return Matrix(rows: input.rows, columns: outputShape.count, values: output.values)
  }

  /// dL/dW = Pᵀ·G and dL/db = Σ rows of G; returns dL/dX = col2im(G·Wᵀ).
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    let gradient = storeParameterGradients(outputGradient)
    return col2im(gradient.matmulTransposed(weights), images: outputGradient.rows)
  }

  /// dL/dW and dL/db only (a first layer's dL/dX is never used).
  public mutating func backwardToParameters(_ outputGradient: Matrix) { _ = storeParameterGradients(outputGradient) }

  /// Stores dL/dW and dL/db and returns the output gradient as (m·positions) × F.
  private mutating func storeParameterGradients(_ outputGradient: Matrix) -> Matrix {
    guard let patches = lastPatches else { fatalError("\(name): backward called before forward") }
    let images = patches.rows / (outputShape.height * outputShape.width)
    requireOutputGradient(outputGradient, rows: images, columns: outputShape.count, name, like: "output")
    let perPosition = Matrix(rows: patches.rows, columns: filters, values: outputGradient.values)
    parameterGradients = [patches.transposedMatmul(perPosition), perPosition.sum(axis: 0)]
    return perPosition
  }

  /// The patch matrix: row (i·positions + oy·outW + ox) holds the k × k × C pixels of image i
  /// under the filter at output position (oy, ox), zeros where it overhangs the border.
  public func im2col(_ input: Matrix) -> Matrix {
    inputShape.requireBatch(input, name)
    let (output, k, channels) = (outputShape, kernelSize, inputShape.channels)
    let patchLength = k * k * channels
    let positions = output.height * output.width
    var values = [Double](repeating: 0, count: input.rows * positions * patchLength)
    forEachPatchEntry(images: input.rows) { patchIndex, source in values[patchIndex] = input.values[source] }
    return Matrix(rows: input.rows * positions, columns: patchLength, values: values)
  }

  /// The inverse bookkeeping of `im2col`: each patch entry's gradient is added to the pixel it
  /// was copied from (a pixel under several positions collects several), giving m × (H·W·C).
  func col2im(_ patchGradients: Matrix, images: Int) -> Matrix {
    var values = [Double](repeating: 0, count: images * inputShape.count)
    forEachPatchEntry(images: images) { patchIndex, source in values[source] += patchGradients.values[patchIndex] }
    return Matrix(rows: images, columns: inputShape.count, values: values)
  }

  /// Calls `body(patch entry, input entry)` for every patch entry that lies inside the image
  /// (the flat indices into the patch matrix and the input batch); entries over the zero
  /// border are skipped.
  private func forEachPatchEntry(images: Int, _ body: (Int, Int) -> Void) {
    let (input, output, k, pad) = (inputShape, outputShape, kernelSize, border)
    let channels = input.channels
    let patchLength = k * k * channels
    for image in 0..<images {
      let imageStart = image * input.count
      for oy in 0..<output.height {
        for ox in 0..<output.width {
          let patchStart = ((image * output.height + oy) * output.width + ox) * patchLength
          for ky in 0..<k {
            let y = oy + ky - pad
            guard y >= 0 && y < input.height else { continue }
            for kx in 0..<k {
              let x = ox + kx - pad
              guard x >= 0 && x < input.width else { continue }
              let source = imageStart + input.column(y: y, x: x, channel: 0)
              let target = patchStart + (ky * k + kx) * channels
              for channel in 0..<channels { body(target + channel, source + channel) }
            }
          }
        }
      }
    }
  }

  private static func requireGeometry(_ shape: ImageShape, _ kernelSize: Int, _ padding: Padding) {
    require(kernelSize >= 1, "Conv2D: the kernel size must be at least 1, got \(kernelSize)")
    switch padding {
    case .same:
      require(
        kernelSize % 2 == 1,
        "Conv2D: .same padding needs an odd kernel size (the same border on each side), got \(kernelSize)")
    case .valid:
      require(
        kernelSize <= shape.height && kernelSize <= shape.width,
        "Conv2D: a \(kernelSize)×\(kernelSize) kernel does not fit in a \(shape) image without padding")
    }
  }

  private func requireFilterShapes() {
    let patchLength = kernelSize * kernelSize * inputShape.channels
    require(
      weights.rows == patchLength && weights.columns >= 1,
      "Conv2D: \(kernelSize)×\(kernelSize) filters on \(inputShape.channels) channel(s) need weights with "
        + "\(patchLength) rows (k·k·C) and one column per filter, got \(weights.shapeDescription)")
    require(
      bias.rows == 1 && bias.columns == weights.columns,
      "Conv2D: \(weights.columns) filters need a 1×\(weights.columns) bias, got \(bias.shapeDescription)")
  }
}
