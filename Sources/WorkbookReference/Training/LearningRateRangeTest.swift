import Foundation
import WorkbookBasics

/// What a learning-rate range test measured, and the rates it suggests.
public struct RangeTestResult: Sendable, Equatable {
  /// η at each step, growing by the same factor every step.
  public let rates: [Double]
  /// Each step's batch loss, as measured.
  public let losses: [Double]
  /// Each step's batch loss, smoothed (an exponential moving average with weight `smoothing`
  /// on the past, bias-corrected like Adam's).
  public let smoothedLosses: [Double]
  /// η where the smoothed loss was lowest.
  public let rateAtMinimum: Double
  /// A rate to train with: a tenth of `rateAtMinimum`, below where the loss turns up
  /// (Smith's and Géron's rule of thumb).
  public let suggestedRate: Double
  /// Whether the test stopped early because the loss blew up (over 4× its minimum, or not finite).
  public let stoppedByDivergence: Bool
}

extension Sequential {
  /// The learning-rate range test (Smith, "Cyclical learning rates", 2017, which grows η
  /// linearly; this is the exponential sweep with a smoothed loss that fastai and Géron use):
  /// train a copy of the network for a few hundred steps while η grows from `lowest` to `highest`,
  /// and watch the loss: flat while η is too small, falling fast, then exploding when η is too
  /// large. The network itself is left as it is.
  ///
  /// ```
  /// η_i = lowest · (highest / lowest)^(i / (steps − 1))       i = 0 … steps − 1
  /// ```
  /// - Parameters:
  ///   - features: X.
  ///   - targets: Y.
  ///   - optimizer: the optimizer to test (a fresh copy is used; its state is not kept).
  ///   - batchSize: rows per step; the batches cycle through `order(0)`, `order(1)`, ….
  ///   - lowest: the first η, > 0.
  ///   - highest: the last η, > lowest.
  ///   - steps: how many updates, at least 10.
  ///   - smoothing: the weight of the past in the loss's moving average, in [0, 1). The average
  ///     lags about 1/(1 − smoothing) steps behind, so keep that a small share of `steps`.
  ///   - order: the row order of each pass over the data.
  /// - Returns: the rates, the smoothed losses and the suggested rate.
  public func learningRateRangeTest(
    features: Matrix, targets: Matrix, optimizer: some Optimizer, batchSize: Int, lowest: Double = 1e-6,
    highest: Double = 1, steps: Int = 100, smoothing: Double = 0.9, order: (Int) -> [Int]
  ) -> RangeTestResult {
    require(
      smoothing >= 0 && smoothing < 1,
      "learningRateRangeTest: the smoothing must be in [0, 1), got \(formatNumber(smoothing))")
    require(
      lowest > 0 && highest > lowest && highest.isFinite,
      "learningRateRangeTest: needs 0 < lowest < highest, finite, got \(formatNumber(lowest)) and \(formatNumber(highest))"
    )
    require(steps >= 10, "learningRateRangeTest: needs at least 10 steps to see a curve, got \(steps)")
    require(batchSize > 0, "learningRateRangeTest: the batch size must be positive, got \(batchSize)")
    var network = self
    var optimizer = optimizer
    optimizer.reset()
    let roles = parameterRoles
    var (rates, raw, smoothed) = ([Double](), [Double](), [Double]())
    var (average, lowestLoss, diverged) = (0.0, Double.infinity, false)
    var batches = [[Int]]()
    var pass = 0
    for index in 0..<steps {
      if batches.isEmpty {
        batches = epochBatches(order(pass), size: batchSize, epoch: pass, rows: features.rows, "learningRateRangeTest")
        pass += 1
      }
      let batch = batches.removeFirst()
      let rate = lowest * pow(highest / lowest, Double(index) / Double(steps - 1))
      guard
        let loss = try? network.computeGradients(features: features.rows(at: batch), targets: targets.rows(at: batch))
      else {
        diverged = true
        break
      }
      average = smoothing * average + (1 - smoothing) * loss
      let value = average / (1 - pow(smoothing, Double(index + 1)))
      rates.append(rate)
      raw.append(loss)
      smoothed.append(value)
      lowestLoss = min(lowestLoss, value)
      if !value.isFinite || value > 4 * lowestLoss {
        diverged = true
        break
      }
      var parameters = network.parameters
      optimizer.update(&parameters, gradients: network.parameterGradients, roles: roles, learningRate: rate)
      network.setParameters(parameters)
    }
    require(!rates.isEmpty, "learningRateRangeTest: the first step already failed; check the data and the network")
    let best = smoothed.indices.min { smoothed[$0] < smoothed[$1] } ?? 0
    return RangeTestResult(
      rates: rates, losses: raw, smoothedLosses: smoothed, rateAtMinimum: rates[best], suggestedRate: rates[best] / 10,
      stoppedByDivergence: diverged)
  }
}
