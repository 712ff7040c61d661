import WorkbookBasics

/// Batch normalisation (Ioffe and Szegedy, 2015): each feature is standardised with the mean
/// and variance of the current batch, then scaled and shifted by two learned parameters.
///
/// ```
/// training:   μ_B = mean of the batch, per feature          (1 × n)
///             σ²_B = mean of (x − μ_B)², per feature         (1 × n, biased: divides by m)
///             x̂ = (x − μ_B) / √(σ²_B + ε)
///             z = γ ⊙ x̂ + β
///             running ← running·momentum + batch·(1 − momentum)   for the mean and the variance
/// inference:  x̂ = (x − running mean) / √(running variance + ε),  z = γ ⊙ x̂ + β
/// backward:   dβ = Σ dz,  dγ = Σ dz ⊙ x̂                    (sums over the batch)
///             dx = (γ / (m·√(σ²_B + ε))) ⊙ (m·dz − Σ dz − x̂ ⊙ Σ (dz ⊙ x̂))
/// ```
/// Place it between a dense layer and its activation. The dense layer's bias then does nothing
/// (the mean is subtracted straight away); β takes over its role.
public struct BatchNorm: Layer {
  /// γ, 1 × n: the learned scale, starting at 1.
  public var scale: Matrix
  /// β, 1 × n: the learned shift, starting at 0.
  public var shift: Matrix
  /// The running estimate of each feature's mean, used at inference; starts at 0. Settable
  /// (1 × n), e.g. to restore a trained layer.
  public var runningMean: Matrix
  /// The running estimate of each feature's variance, used at inference; starts at
  /// `initialRunningVariance` (1 as in PyTorch, or 0 as in CS231n). Settable (1 × n).
  public var runningVariance: Matrix
  /// How much of the old running statistics each batch keeps (the notes' momentum), in [0, 1).
  public let momentum: Double
  /// ε, added to the variance before the square root so a constant feature does not divide by 0.
  public let epsilon: Double
  /// dL/dγ and dL/dβ from the last backward pass.
  public private(set) var parameterGradients: [Matrix] = []
  private var cache: Cache?

  /// What the backward pass needs from the forward pass.
  private struct Cache: Sendable {
    /// x̂, m × n.
    let normalised: Matrix
    /// 1 / √(σ² + ε) of the statistics used, 1 × n.
    let inverseDeviation: Matrix
    /// Whether those statistics were the batch's own (training) or the running ones.
    let training: Bool
    /// μ and σ² used: the batch's (training) or the running ones (inference), 1 × n each.
    let mean: Matrix
    let variance: Matrix
  }

  /// The statistics the last `forward` normalised with: in training the batch's own μ_B and
  /// σ²_B, at inference the running ones; `nil` before the first forward pass.
  public var lastStatistics: (mean: Matrix, variance: Matrix)? { cache.map { ($0.mean, $0.variance) } }

  /// x̂ from the last `forward` (before γ and β), m × n; `nil` before the first forward pass.
  public var lastNormalised: Matrix? { cache?.normalised }

  /// A layer for `features` features with γ = 1, β = 0, running mean 0 and running variance
  /// `initialRunningVariance`.
  /// - Parameters:
  ///   - features: n, the width of the layer's input.
  ///   - momentum: the share of the running statistics kept at each batch (0.9 by default).
  ///   - epsilon: ε (1e-5 by default, as in PyTorch).
  ///   - initialRunningVariance: where the running variance starts: 1 (PyTorch, the default)
  ///     or 0 (CS231n); neither is wrong, they differ only until the averages have warmed up.
  public init(features: Int, momentum: Double = 0.9, epsilon: Double = 1e-5, initialRunningVariance: Double = 1) {
    require(features > 0, "BatchNorm: the layer needs at least one feature, got \(features)")
    require(
      momentum >= 0 && momentum < 1,
      "BatchNorm: the momentum must lie in [0, 1), got \(formatNumber(momentum))")
    require(epsilon > 0 && epsilon.isFinite, "BatchNorm: ε must be a finite number > 0, got \(formatNumber(epsilon))")
    scale = .ones(rows: 1, columns: features)
    shift = .zeros(rows: 1, columns: features)
    runningMean = .zeros(rows: 1, columns: features)
    require(
      initialRunningVariance >= 0 && initialRunningVariance.isFinite,
      "BatchNorm: the initial running variance must be a finite number ≥ 0, got \(formatNumber(initialRunningVariance))"
    )
    runningVariance = Matrix(rows: 1, columns: features, repeating: initialRunningVariance)
    self.momentum = momentum
    self.epsilon = epsilon
  }

  /// [γ, β].
  public var parameters: [Matrix] {
    get { [scale, shift] }
    set {
      requireParameterPair(newValue, like: (scale, shift), symbols: ("γ", "β"), name)
      (scale, shift) = (newValue[0], newValue[1])
    }
  }

  /// `[.scale, .shift]`: γ and β, which weight decay leaves alone.
  public var parameterRoles: [ParameterRole] { [.scale, .shift] }

  /// "BatchNorm 32".
  public var name: String { "BatchNorm \(scale.columns)" }

  /// 2: a batch of one row has no variance to normalise by.
  public var minimumTrainingBatchRows: Int { 2 }

  /// In training, normalises with the batch's statistics and updates the running ones; at
  /// inference, normalises with the running statistics.
  /// - Precondition: the input has n columns; in training, at least two rows (one row has no
  ///   spread: every x̂ would be 0).
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    require(
      input.columns == scale.columns,
      "\(name): the input is \(input.shapeDescription) but the layer normalises \(scale.columns) features")
    require(
      [scale, shift, runningMean, runningVariance].allSatisfy { $0.shape == (1, scale.columns) },
      "\(name): γ, β and the running statistics must all be 1×\(scale.columns), got γ \(scale.shapeDescription) "
        + "and β \(shift.shapeDescription)")
    let mean: Matrix
    let variance: Matrix
    if training {
      require(
        input.rows >= 2,
        "\(name): a training batch needs at least 2 rows to have a variance, got \(input.rows) "
          + "(use training: false to normalise single examples)")
      mean = input.mean(axis: 0)
      variance = input.variance(axis: 0)
      // A batch holding NaN or ∞ would poison the running statistics for good (every later
      // inference would be NaN), so it is not averaged in; its output is NaN, which the
      // trainer reports with the epoch and step.
      if mean.isFinite && variance.isFinite {
        runningMean = momentum * runningMean + (1 - momentum) * mean
        runningVariance = momentum * runningVariance + (1 - momentum) * variance
      }
    } else {
      mean = runningMean
      variance = runningVariance
    }
    let epsilon = self.epsilon
    let inverseDeviation = variance.map { 1 / ($0 + epsilon).squareRoot() }
    var normalised = (input - mean) * inverseDeviation
    if !variance.isFinite {
      // A finite batch whose variance overflowed (entries near 1e200) cannot be normalised:
      // say so with NaN rather than the 0s that x/∞ would give.
      normalised = Matrix(rows: input.rows, columns: input.columns, repeating: .nan)
    }
    cache = Cache(
      normalised: normalised, inverseDeviation: inverseDeviation, training: training, mean: mean, variance: variance)
    return scale * normalised + shift
  }

  /// dγ = Σ dz ⊙ x̂, dβ = Σ dz; returns dx (through the batch statistics after a training
  /// forward, through fixed statistics after an inference forward).
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    guard let cache else { fatalError("\(name): backward called before forward") }
    let normalised = cache.normalised
    requireOutputGradient(outputGradient, rows: normalised.rows, columns: normalised.columns, name, like: "output")
    let shiftGradient = outputGradient.sum(axis: 0)
    let scaleGradient = (outputGradient * normalised).sum(axis: 0)
    parameterGradients = [scaleGradient, shiftGradient]
    let normalisedGradient = outputGradient * scale
    guard cache.training else { return normalisedGradient * cache.inverseDeviation }
    let m = Double(normalised.rows)
    let sumOfGradient = normalisedGradient.sum(axis: 0)
    let sumAlongNormalised = (normalisedGradient * normalised).sum(axis: 0)
    return (cache.inverseDeviation / m) * (m * normalisedGradient - sumOfGradient - normalised * sumAlongNormalised)
  }
}
