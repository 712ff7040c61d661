import WorkbookBasics

/// A loss that ends a network: one number for a batch of predictions, and its gradient with
/// respect to the predictions, where the backward pass starts.
public protocol LossFunction: Sendable {
  /// The loss of a batch.
  /// - Parameters:
  ///   - predicted: the network's output, m × k.
  ///   - expected: the targets, the same shape.
  func loss(predicted: Matrix, expected: Matrix) -> Double

  /// dL/d(predicted), the same shape as `predicted`.
  func gradient(predicted: Matrix, expected: Matrix) -> Matrix

  /// The loss and its gradient together, the same values as `loss` and `gradient`: a loss
  /// whose two share work (softmax cross-entropy) does that work once. The default calls both.
  func lossAndGradient(predicted: Matrix, expected: Matrix) -> (loss: Double, gradient: Matrix)
}

extension LossFunction {
  /// `loss` and `gradient`, one after the other.
  public func lossAndGradient(predicted: Matrix, expected: Matrix) -> (loss: Double, gradient: Matrix) {
    (loss(predicted: predicted, expected: expected), gradient(predicted: predicted, expected: expected))
  }
}

/// The mean squared error as a network's loss: `meanSquaredError` and its gradient.
///
/// ```
/// L = (1/(m·k)) · Σ (Y − P)²      dL/dP = −(2/(m·k)) · (Y − P)
/// ```
public struct MeanSquaredErrorLoss: LossFunction {
  /// The loss.
  public init() {}

  /// The mean over all m·k entries of (Y − P)².
  public func loss(predicted: Matrix, expected: Matrix) -> Double {
    meanSquaredError(predicted: predicted, expected: expected)
  }

  /// −(2/(m·k))·(Y − P).
  public func gradient(predicted: Matrix, expected: Matrix) -> Matrix {
    meanSquaredErrorGradient(predicted: predicted, expected: expected)
  }
}

/// The binary cross-entropy on logits as a network's loss: the last layer outputs z and the
/// sigmoid is folded into the loss, so it is stable for any z.
///
/// ```
/// L = BCE(σ(Z), Y) averaged over all entries      dL/dZ = (σ(Z) − Y) / (number of entries)
/// ```
public struct BinaryCrossEntropyLoss: LossFunction {
  /// The loss.
  public init() {}

  /// `binaryCrossEntropy(logits:labels:)`.
  public func loss(predicted: Matrix, expected: Matrix) -> Double {
    binaryCrossEntropy(logits: predicted, labels: expected)
  }

  /// `binaryCrossEntropyGradient(logits:labels:)`.
  public func gradient(predicted: Matrix, expected: Matrix) -> Matrix {
    binaryCrossEntropyGradient(logits: predicted, labels: expected)
  }
}

/// The softmax cross-entropy on logits as a network's loss: the last layer outputs K logits per
/// example and the softmax is folded into the loss.
///
/// ```
/// L = CE(softmax(Z), Y) averaged over the m rows      dL/dZ = (softmax(Z) − Y) / m
/// ```
public struct SoftmaxCrossEntropyLoss: LossFunction {
  /// The loss.
  public init() {}

  /// `softmaxCrossEntropy(logits:labels:)` with one-hot labels.
  public func loss(predicted: Matrix, expected: Matrix) -> Double {
    softmaxCrossEntropy(logits: predicted, labels: expected)
  }

  /// `softmaxCrossEntropyGradient(logits:labels:)`.
  public func gradient(predicted: Matrix, expected: Matrix) -> Matrix {
    softmaxCrossEntropyGradient(logits: predicted, labels: expected)
  }

  /// `softmaxCrossEntropyWithGradient(logits:labels:)`: both from one pass.
  public func lossAndGradient(predicted: Matrix, expected: Matrix) -> (loss: Double, gradient: Matrix) {
    softmaxCrossEntropyWithGradient(logits: predicted, labels: expected)
  }
}
