import GradingSupport
import Lesson09Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 9.3 · The convolution's patch matrix.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the output one position too small (H − k instead of H − k + 1): `testByHand`;
/// - padding ignored: `testPaddingBordersTheImageWithZeros`;
/// - pixels outside the image wrapped round or clamped instead of 0:
///   `testPaddingBordersTheImageWithZeros`;
/// - channels ignored (one channel assumed): `testMatchesTheLibraryLayer`;
/// - the columns in (channel, ky, kx) order instead of (ky, kx, channel):
///   `testMatchesTheLibraryLayer`;
/// - the rows in (ox, oy) order: `testByHand`, `testMatchesTheLibraryLayer`;
/// - only the first image: `testMatchesTheLibraryLayer` (2 and 3 images).
final class Exercise0903Tests: XCTestCase {
  /// A 3×3 one-channel image 1…9 and a 2×2 kernel without padding: four patches in reading order.
  func testByHand() throws {
    let image = Matrix(row: [1, 2, 3, 4, 5, 6, 7, 8, 9])
    let patches = try attempt("9.3") {
      try patchMatrix(images: image, height: 3, width: 3, channels: 1, kernelSize: 2, padding: 0)
    }
    assertMatrix(
      patches, matches: Matrix([[1, 2, 4, 5], [2, 3, 5, 6], [4, 5, 7, 8], [5, 6, 8, 9]]), "the patch matrix",
      hint: "a 3×3 image has (3 − 2 + 1)² = 4 positions for a 2×2 kernel; row (oy·outWidth + ox) holds the pixels "
        + "under the kernel at (oy, ox), row by row: position (0, 1) is [2, 3, 5, 6].")
  }

  /// A 2×2 image 1…4, a 3×3 kernel and padding 1: four positions, each patch mostly border.
  func testPaddingBordersTheImageWithZeros() throws {
    let image = Matrix(row: [1, 2, 3, 4])
    let patches = try attempt("9.3") {
      try patchMatrix(images: image, height: 2, width: 2, channels: 1, kernelSize: 3, padding: 1)
    }
    let expected = Matrix([
      [0, 0, 0, 0, 1, 2, 0, 3, 4], [0, 0, 0, 1, 2, 0, 3, 4, 0], [0, 1, 2, 0, 3, 4, 0, 0, 0],
      [1, 2, 0, 3, 4, 0, 0, 0, 0],
    ])
    assertMatrix(
      patches, matches: expected, "the padded patch matrix",
      hint: "with padding 1 the 2×2 image sits in a 4×4 border of zeros, so there are (2 + 2 − 3 + 1)² = 4 "
        + "positions; pixel (oy + ky − 1, ox + kx − 1) is 0 whenever it falls outside the image.")
  }

  /// Images of 2 and 3 channels, batches of 2 and 3, kernels 1, 3 and 5, with and without
  /// padding, against the library's Conv2D; padding 2 with a 3×3 kernel through an image
  /// padded by hand.
  func testMatchesTheLibraryLayer() throws {
    let cases: [(height: Int, width: Int, channels: Int, k: Int, same: Bool, images: Int)] = [
      (5, 4, 2, 3, true, 2), (5, 4, 2, 3, false, 3), (6, 6, 3, 5, true, 2), (4, 7, 3, 1, false, 2),
    ]
    for (index, shape) in cases.enumerated() {
      var generator = SeededGenerator(seed: UInt64(30 + index))
      let imageShape = ImageShape(height: shape.height, width: shape.width, channels: shape.channels)
      let images = Matrix.randomNormal(rows: shape.images, columns: imageShape.count, using: &generator)
      let layer = Conv2D(
        inputShape: imageShape, filters: 1, kernelSize: shape.k, padding: shape.same ? .same : .valid,
        initializer: .heNormal, using: &generator)
      let patches = try attempt("9.3") {
        try patchMatrix(
          images: images, height: shape.height, width: shape.width, channels: shape.channels, kernelSize: shape.k,
          padding: layer.border)
      }
      assertMatrix(
        patches, matches: layer.im2col(images),
        "the patch matrix of \(shape.images) images of \(imageShape), k = \(shape.k), padding \(layer.border)",
        hint: "rows: image, then oy, then ox; columns: (ky·k + kx)·channels + c, so the channels of one pixel sit "
          + "side by side; every image of the batch gets its own rows.")
    }
    // Padding 2 (not a library option): pad by hand, then a valid convolution.
    let image = Matrix(row: (1...12).map(Double.init))  // 3×4, one channel
    var padded = Matrix.zeros(rows: 1, columns: 7 * 8)
    for y in 0..<3 { for x in 0..<4 { padded[0, (y + 2) * 8 + x + 2] = image[0, y * 4 + x] } }
    let valid = Conv2D(
      inputShape: ImageShape(height: 7, width: 8, channels: 1), kernelSize: 3, padding: .valid,
      weights: .zeros(rows: 9, columns: 1), bias: .zeros(rows: 1, columns: 1))
    let patches = try attempt("9.3") {
      try patchMatrix(images: image, height: 3, width: 4, channels: 1, kernelSize: 3, padding: 2)
    }
    assertMatrix(
      patches, matches: valid.im2col(padded), "the patch matrix with padding 2",
      hint: "padding p puts p zeros on every side: a 3×4 image with p = 2 and k = 3 has 5 × 6 positions.")
  }
}
