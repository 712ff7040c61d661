import WorkbookBasics

/// Max-pooling: each non-overlapping s × s window of each channel is replaced by its largest
/// value, so the image shrinks by s in height and width and keeps its channels.
///
/// ```
/// forward:   z[y, x, c] = max over the window (s·y … s·y + s − 1, s·x … s·x + s − 1) of channel c
/// backward:  the window's gradient goes to the pixel that was the maximum; the others get 0
/// ```
/// On a tie the first maximum in reading order (row by row) takes the gradient. The layer has
/// no parameters; it makes the next layer smaller and lets a feature move by a pixel inside
/// its window without changing the output.
public struct MaxPool2D: Layer {
  /// The shape of each input image (channels last, see `ImageShape`).
  public let inputShape: ImageShape
  /// s, the window's height and width, which is also its stride.
  public let size: Int
  /// For each output entry of the last forward pass, the input column that was its maximum.
  private var lastWinners: [Int] = []
  private var lastRows: Int?

  /// A pooling layer.
  /// - Parameters:
  ///   - inputShape: the shape of each input image.
  ///   - size: s, at least 1, dividing the image's height and width (2 by default).
  /// - Precondition: s divides the height and the width (stops with a message naming them otherwise).
  public init(inputShape: ImageShape, size: Int = 2) {
    require(size >= 1, "MaxPool2D: the window size must be at least 1, got \(size)")
    require(
      inputShape.height % size == 0 && inputShape.width % size == 0,
      "MaxPool2D: a \(size)×\(size) window must divide the image's height and width, but the image is \(inputShape)")
    self.inputShape = inputShape
    self.size = size
  }

  /// The shape of each output image.
  public var outputShape: ImageShape {
    ImageShape(height: inputShape.height / size, width: inputShape.width / size, channels: inputShape.channels)
  }

  /// None: pooling learns nothing.
  public var parameters: [Matrix] {
    get { [] }
    set { require(newValue.isEmpty, "\(name): has no parameters, got \(newValue.count)") }
  }

  /// None.
  public var parameterGradients: [Matrix] { [] }

  /// None.
  public var parameterRoles: [ParameterRole] { [] }

  /// "MaxPool 2×2, 8×8×8 → 4×4×8".
  public var name: String { "MaxPool \(size)×\(size), \(inputShape) → \(outputShape)" }

  /// The largest value of each window; remembers where each came from.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    inputShape.requireBatch(input, name)
    let (output, channels) = (outputShape, inputShape.channels)
    var values = [Double](repeating: 0, count: input.rows * output.count)
    var winners = [Int](repeating: 0, count: values.count)
    for image in 0..<input.rows {
      let imageStart = image * inputShape.count
      for oy in 0..<output.height {
        for ox in 0..<output.width {
          for channel in 0..<channels {
            var best = imageStart + inputShape.column(y: oy * size, x: ox * size, channel: channel)
            for dy in 0..<size {
              for dx in 0..<size {
                let candidate = imageStart + inputShape.column(y: oy * size + dy, x: ox * size + dx, channel: channel)
                // `>` keeps the first of equal values; a NaN always wins, so it is passed on, not hidden.
                if input.values[candidate] > input.values[best] || input.values[candidate].isNaN { best = candidate }
              }
            }
            let target = image * output.count + output.column(y: oy, x: ox, channel: channel)
            values[target] = input.values[best]
            winners[target] = best
          }
        }
      }
    }
    lastWinners = winners
    lastRows = input.rows
    return Matrix(rows: input.rows, columns: output.count, values: values)
  }

  /// Routes each output gradient to its window's maximum.
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    guard let lastRows else { fatalError("\(name): backward called before forward") }
    requireOutputGradient(outputGradient, rows: lastRows, columns: outputShape.count, name, like: "output")
    var values = [Double](repeating: 0, count: lastRows * inputShape.count)
    for (entry, winner) in lastWinners.enumerated() { values[winner] += outputGradient.values[entry] }
    return Matrix(rows: lastRows, columns: inputShape.count, values: values)
  }
}
