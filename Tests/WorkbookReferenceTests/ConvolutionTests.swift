import WorkbookBasics
import WorkbookReference
import XCTest

/// Conv2D and MaxPool2D: their outputs against a direct loop over the definition, and their
/// backward passes against centred differences.
final class ConvolutionTests: XCTestCase {
  /// z[i, oy, ox, f] = b[f] + Σ over ky, kx, c of x[i, oy + ky − pad, ox + kx − pad, c]·w[ky, kx, c, f],
  /// with pixels outside the image read as 0: the textbook sum, one number at a time.
  private func directConvolution(_ layer: Conv2D, _ input: Matrix) -> Matrix {
    let (shape, out, k, pad) = (layer.inputShape, layer.outputShape, layer.kernelSize, layer.border)
    var result = Matrix.zeros(rows: input.rows, columns: out.count)
    for image in 0..<input.rows {
      for oy in 0..<out.height {
        for ox in 0..<out.width {
          for filter in 0..<layer.filters {
            var sum = layer.bias[0, filter]
            for ky in 0..<k {
              for kx in 0..<k {
                let (y, x) = (oy + ky - pad, ox + kx - pad)
                guard (0..<shape.height).contains(y), (0..<shape.width).contains(x) else { continue }
                for channel in 0..<shape.channels {
                  let pixel = input[image, (y * shape.width + x) * shape.channels + channel]
                  sum += pixel * layer.weights[(ky * k + kx) * shape.channels + channel, filter]
                }
              }
            }
            result[image, (oy * out.width + ox) * layer.filters + filter] = sum
          }
        }
      }
    }
    return result
  }

  private func randomLayer(
    _ shape: ImageShape, filters: Int, kernelSize: Int, padding: Conv2D.Padding, seed: UInt64
  ) -> Conv2D {
    var generator = SeededGenerator(seed: seed)
    var layer = Conv2D(
      inputShape: shape, filters: filters, kernelSize: kernelSize, padding: padding, initializer: .heNormal,
      using: &generator)
    layer.bias = .randomNormal(rows: 1, columns: filters, using: &generator)
    return layer
  }

  func testTheForwardPassIsTheDirectSumForEveryPaddingAndSize() {
    let cases: [(ImageShape, Int, Int, Conv2D.Padding)] = [
      (ImageShape(height: 5, width: 4, channels: 2), 3, 3, .same),
      (ImageShape(height: 5, width: 4, channels: 2), 3, 3, .valid),
      (ImageShape(height: 6, width: 6, channels: 1), 2, 5, .same),
      (ImageShape(height: 4, width: 7, channels: 3), 4, 1, .valid),
      (ImageShape(height: 3, width: 5, channels: 1), 1, 2, .valid),
    ]
    for (index, (shape, filters, k, padding)) in cases.enumerated() {
      var layer = randomLayer(shape, filters: filters, kernelSize: k, padding: padding, seed: UInt64(20 + index))
      var generator = SeededGenerator(seed: UInt64(40 + index))
      let input = Matrix.randomNormal(rows: 3, columns: shape.count, using: &generator)
      let output = layer.forward(input, training: true)
      XCTAssertEqual([output.rows, output.columns], [3, layer.outputShape.count], "\(layer.name)")
      XCTAssertLessThan(relativeError(output, directConvolution(layer, input)), 1e-13, "\(layer.name)")
    }
  }

  func testOutputShapes() {
    let shape = ImageShape(height: 8, width: 8, channels: 1)
    XCTAssertEqual(
      randomLayer(shape, filters: 6, kernelSize: 3, padding: .same, seed: 1).outputShape.description, "8×8×6")
    XCTAssertEqual(
      randomLayer(shape, filters: 6, kernelSize: 3, padding: .valid, seed: 1).outputShape.description, "6×6×6")
    XCTAssertEqual(
      randomLayer(shape, filters: 2, kernelSize: 5, padding: .valid, seed: 1).outputShape.description, "4×4×2")
    XCTAssertEqual(MaxPool2D(inputShape: ImageShape(height: 8, width: 6, channels: 3)).outputShape.description, "4×3×3")
    XCTAssertEqual(randomLayer(shape, filters: 4, kernelSize: 3, padding: .same, seed: 1).parameterCount, 3 * 3 * 4 + 4)
  }

  /// A 3×3 one-channel image with a 2×2 kernel: four patches, read in row order.
  func testIm2colCopiesEachPatchIntoARow() {
    let layer = Conv2D(
      inputShape: ImageShape(height: 3, width: 3, channels: 1), kernelSize: 2, padding: .valid,
      weights: .zeros(rows: 4, columns: 1), bias: .zeros(rows: 1, columns: 1))
    let image = Matrix(row: [1, 2, 3, 4, 5, 6, 7, 8, 9])
    XCTAssertEqual(
      layer.im2col(image), Matrix([[1, 2, 4, 5], [2, 3, 5, 6], [4, 5, 7, 8], [5, 6, 8, 9]]))
  }

  func testConvolutionGradientsMatchCentredDifferences() {
    let cases: [(ImageShape, Int, Int, Conv2D.Padding)] = [
      (ImageShape(height: 5, width: 4, channels: 2), 3, 3, .same),
      (ImageShape(height: 4, width: 5, channels: 1), 2, 2, .valid),
      (ImageShape(height: 4, width: 4, channels: 3), 2, 1, .same),
    ]
    for (index, (shape, filters, k, padding)) in cases.enumerated() {
      let layer = randomLayer(shape, filters: filters, kernelSize: k, padding: padding, seed: UInt64(60 + index))
      var generator = SeededGenerator(seed: UInt64(70 + index))
      let input = Matrix.randomNormal(rows: 2, columns: shape.count, using: &generator)
      assertLayerBackwardMatchesCentredDifferences(layer, input: input, seed: UInt64(80 + index))
    }
  }

  func testBackwardToParametersStoresTheSameGradientsAsBackward() {
    var first = randomLayer(
      ImageShape(height: 4, width: 4, channels: 2), filters: 3, kernelSize: 3, padding: .same, seed: 5)
    var second = first
    var generator = SeededGenerator(seed: 6)
    let input = Matrix.randomNormal(rows: 3, columns: 32, using: &generator)
    let gradient = Matrix.randomNormal(rows: 3, columns: 48, using: &generator)
    _ = first.forward(input, training: true)
    _ = second.forward(input, training: true)
    _ = first.backward(gradient)
    second.backwardToParameters(gradient)
    XCTAssertEqual(first.parameterGradients, second.parameterGradients)
  }

  func testMaxPoolingKeepsEachWindowsLargestValuePerChannel() {
    // A 4×4 image with two channels: channel 1 is channel 0 negated.
    let plane: [Double] = [1, 5, 2, 0, 3, 4, 8, 7, 0, -1, 6, 6, -2, -3, 9, 6]
    let image = Matrix(row: plane.flatMap { [$0, -$0] })
    var layer = MaxPool2D(inputShape: ImageShape(height: 4, width: 4, channels: 2))
    let output = layer.forward(image, training: false)
    XCTAssertEqual(output, Matrix(row: [5, -1, 8, 0, 0, 3, 9, -6]))
    // The gradient goes to each window's maximum: the first in reading order on a tie.
    let back = layer.backward(Matrix(row: [1, 2, 3, 4, 5, 6, 7, 8]))
    var expected = [Double](repeating: 0, count: 32)
    for (pixel, channel, value) in [
      (1, 0, 1.0), (0, 1, 2), (6, 0, 3), (3, 1, 4), (8, 0, 5), (13, 1, 6), (14, 0, 7),
      (10, 1, 8),
    ] {
      expected[pixel * 2 + channel] = value
    }
    XCTAssertEqual(back, Matrix(row: expected))
  }

  func testMaxPoolingGradientsMatchCentredDifferences() {
    // Random normal pixels have no ties, so the maximum of each window is differentiable.
    var generator = SeededGenerator(seed: 90)
    for (shape, size) in [
      (ImageShape(height: 4, width: 6, channels: 2), 2), (ImageShape(height: 6, width: 3, channels: 1), 3),
    ] {
      let input = Matrix.randomNormal(rows: 3, columns: shape.count, using: &generator)
      assertLayerBackwardMatchesCentredDifferences(
        MaxPool2D(inputShape: shape, size: size), input: input, seed: 91)
    }
  }

  func testMaxPoolingPassesANaNOn() {
    var layer = MaxPool2D(inputShape: ImageShape(height: 2, width: 2, channels: 1))
    XCTAssertTrue(layer.forward(Matrix(row: [1, .nan, 3, 2]), training: false)[0, 0].isNaN)
  }

  /// A whole small CNN (convolution, tanh, pooling, dense, softmax cross-entropy): every
  /// parameter gradient from `computeGradients` against centred differences of the loss.
  func testASmallConvolutionalNetworkIsGradientChecked() throws {
    var generator = SeededGenerator(seed: 100)
    let shape = ImageShape(height: 4, width: 4, channels: 1)
    let convolution = Conv2D(inputShape: shape, filters: 2, initializer: .heNormal, using: &generator)
    let pooling = MaxPool2D(inputShape: convolution.outputShape)
    let network = Sequential(
      [
        convolution, ActivationLayer(.tanh), pooling,
        Dense(inputs: 8, outputs: 3, initializer: .heNormal, using: &generator),
      ],
      loss: SoftmaxCrossEntropyLoss())
    let input = Matrix.randomNormal(rows: 3, columns: 16, using: &generator)
    let targets = oneHot([0, 2, 1], classCount: 3)
    for result in try network.gradientCheck(features: input, targets: targets) {
      XCTAssertLessThan(result.difference, 1e-7, "\(result.layer) \(result.quantity)")
    }
  }
}
