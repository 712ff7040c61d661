import WorkbookBasics

/// The shape of the images a convolution or pooling layer works on: height × width ×
/// channels, each image stored as one row of a batch, **channels last**.
///
/// Pixel (y, x) of channel c sits at column (y·width + x)·channels + c of its row, as a numpy
/// array of shape (m, height, width, channels) reshaped to (m, height·width·channels). With one
/// channel this is the plain row-by-row order of the bundled 8×8 digits, so a digit row is
/// already an 8×8×1 image.
public struct ImageShape: Sendable, Equatable, CustomStringConvertible {
  /// Rows of pixels.
  public let height: Int
  /// Pixels per row.
  public let width: Int
  /// Numbers per pixel: 1 for a grey image, one per filter after a convolution.
  public let channels: Int

  /// An image shape.
  /// - Precondition: every size at least 1 (stops with a message naming the sizes otherwise).
  public init(height: Int, width: Int, channels: Int) {
    require(
      height >= 1 && width >= 1 && channels >= 1,
      "ImageShape: height, width and channels must each be at least 1, got \(height)×\(width)×\(channels)")
    let (pixels, overflowA) = height.multipliedReportingOverflow(by: width)
    let (count, overflowB) = pixels.multipliedReportingOverflow(by: channels)
    require(
      !overflowA && !overflowB && count <= 1 << 40,
      "ImageShape: \(height)×\(width)×\(channels) has more numbers than an image row can hold")
    self.height = height
    self.width = width
    self.channels = channels
  }

  /// Numbers per image: height · width · channels, the columns of a batch of such images.
  public var count: Int { height * width * channels }

  /// "8×8×1".
  public var description: String { "\(height)×\(width)×\(channels)" }

  /// The column of pixel (y, x), channel c.
  @inline(__always) func column(y: Int, x: Int, channel: Int) -> Int { (y * width + x) * channels + channel }

  /// Stops with a message naming `layer` unless `batch` holds images of this shape, one per row.
  func requireBatch(_ batch: Matrix, _ layer: String) {
    require(
      batch.columns == count,
      "\(layer): the input is \(batch.shapeDescription) but the layer takes \(description) images, one per row "
        + "(\(count) columns, channels last)")
  }
}
