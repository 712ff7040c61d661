import WorkbookBasics

/// Dropout (Srivastava et al., 2014), in the inverted form the notes and every library use:
/// while training, each entry is kept with probability 1 − p and scaled by 1/(1 − p), or set
/// to 0; at inference the layer passes its input through unchanged.
///
/// ```
/// training:   x′ = x ⊙ m / (1 − p)      m ~ Bernoulli(1 − p), one draw per entry
/// inference:  x′ = x
/// backward:   dL/dx = dL/dx′ ⊙ m / (1 − p)    (the same mask as the forward pass)
/// ```
/// Scaling by 1/(1 − p) keeps E[x′] = x, so nothing needs rescaling at inference. The masks
/// come from a seeded generator, so a run is reproducible; `nextMask` injects one (for grading
/// and for hand-worked examples).
public struct Dropout: Layer {
  /// p, the probability of dropping an entry, in [0, 1).
  public let rate: Double
  /// Where the masks come from.
  private var generator: SeededGenerator
  /// A mask (of 0s and 1s, the input's shape) to use for the next training forward pass
  /// instead of drawing one; it is used once.
  public var nextMask: Matrix?
  /// The mask of the last training forward pass (1 keeps, 0 drops), for backward.
  public private(set) var lastMask: Matrix?

  /// Dropout with rate p in [0, 1), its masks drawn from `seed`.
  public init(rate: Double, seed: UInt64 = 0) {
    require(
      rate >= 0 && rate < 1,
      "Dropout: the rate p is the probability of dropping an entry, in [0, 1); got \(formatNumber(rate))")
    self.rate = rate
    generator = SeededGenerator(seed: seed)
  }

  /// None: dropout learns nothing.
  public var parameters: [Matrix] {
    get { [] }
    set { require(newValue.isEmpty, "Dropout: the layer has no parameters") }
  }

  /// None.
  public var parameterGradients: [Matrix] { [] }

  /// None.
  public var parameterRoles: [ParameterRole] { [] }

  /// E.g. "dropout 0.5".
  public var name: String { "dropout \(formatNumber(rate, decimals: 2))" }

  /// x ⊙ m / (1 − p) while training (drawing m, or taking `nextMask`); x at inference.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    guard training else { return input }
    let mask: Matrix
    if let injected = nextMask {
      require(
        injected.rows == input.rows && injected.columns == input.columns,
        "Dropout: nextMask is \(injected.shapeDescription) but the input is \(input.shapeDescription)")
      require(
        injected.values.allSatisfy { $0 == 0 || $0 == 1 },
        "Dropout: nextMask must hold only 0 (drop) and 1 (keep)")
      mask = injected
      nextMask = nil
    } else {
      let keep = 1 - rate
      var values = [Double](repeating: 0, count: input.count)
      for index in values.indices { values[index] = generator.nextUniform() < keep ? 1 : 0 }
      mask = Matrix(rows: input.rows, columns: input.columns, values: values)
    }
    lastMask = mask
    return input * mask / (1 - rate)
  }

  /// dL/dx′ ⊙ m / (1 − p), with the mask of the last training forward pass.
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    guard let mask = lastMask else {
      fatalError("Dropout: backward called before a training forward pass (at inference it has no mask)")
    }
    requireOutputGradient(outputGradient, rows: mask.rows, columns: mask.columns, "Dropout", like: "input")
    return outputGradient * mask / (1 - rate)
  }
}
