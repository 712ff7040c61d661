import WorkbookBasics

/// A rule that moves parameters against their gradients, with a memory of its own.
///
/// Note 002 sorts optimizers by what they change in the plain step θ ← θ − η·g:
/// - the gradient component (Momentum, Nesterov: a moving average of g instead of g);
/// - the learning-rate component (AdaGrad, RMSprop, Adadelta: η divided per entry by a
///   running size of g);
/// - both (Adam and its family).
///
/// Every optimizer keeps its memory in `state`: the number of updates taken and, for each
/// parameter, buffers shaped like it (a velocity, a running mean of g², …). The state starts
/// empty and fills at the first update, so one optimizer value serves one network; it carries
/// across calls (training one epoch at a time continues where it stopped), and it can be read,
/// saved and set.
public protocol Optimizer: Sendable {
  /// The optimizer and its settings, e.g. "Adam (β₁ 0.9, β₂ 0.999)".
  var name: String { get }

  /// The updates taken so far and the per-parameter buffers.
  var state: OptimizerState { get set }

  /// One update of every parameter from its gradient. The state's step count goes up by one
  /// first, so the first update is step t = 1 (what Adam's bias correction needs).
  /// - Parameters:
  ///   - parameters: θ, one matrix per parameter, changed in place.
  ///   - gradients: dL/dθ, the same count and shapes.
  ///   - roles: what each parameter is (`.weight`, `.bias`, …); AdamW decays weights only.
  ///   - learningRate: η for this step (from a schedule), finite and ≥ 0.
  /// - Precondition: matching counts and shapes; finite gradients; a state that is empty or
  ///   was built for parameters of these shapes.
  mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double)
}

extension Optimizer {
  /// Forgets everything: the step count goes back to 0 and the buffers are dropped.
  public mutating func reset() { state = OptimizerState() }
}

/// What an optimizer remembers between updates.
public struct OptimizerState: Sendable, Equatable {
  /// How many updates have been taken (t after the t-th update).
  public var step: Int
  /// Named buffers, one matrix per parameter, e.g. "velocity" or "squared average".
  public var buffers: [String: [Matrix]]

  /// A state: empty by default, or one saved earlier.
  public init(step: Int = 0, buffers: [String: [Matrix]] = [:]) {
    self.step = step
    self.buffers = buffers
  }

  /// The buffer `name`, or zeros shaped like `parameters` when there is none yet.
  /// - Precondition: a buffer that exists has one matrix of the right shape per parameter.
  func buffer(_ name: String, shapedLike parameters: [Matrix], _ optimizer: String) -> [Matrix] {
    guard let existing = buffers[name] else {
      return parameters.map { Matrix.zeros(rows: $0.rows, columns: $0.columns) }
    }
    let shapes = parameters.map(\.shapeDescription)
    require(
      existing.map(\.shapeDescription) == shapes,
      "\(optimizer): its \"\(name)\" state has shapes \(existing.map(\.shapeDescription)) but the parameters "
        + "are \(shapes); one optimizer serves one network (reset() it, or make a new one)")
    return existing
  }
}

/// Stops with a message naming `optimizer` unless the update's arguments fit together.
func checkUpdate(
  _ parameters: [Matrix], _ gradients: [Matrix], _ roles: [ParameterRole], _ learningRate: Double,
  _ optimizer: String
) {
  require(
    parameters.count == gradients.count && parameters.count == roles.count,
    "\(optimizer): \(parameters.count) parameters, \(gradients.count) gradients and \(roles.count) roles; "
      + "they must match one for one")
  for (index, (parameter, gradient)) in zip(parameters, gradients).enumerated() {
    require(
      parameter.rows == gradient.rows && parameter.columns == gradient.columns,
      "\(optimizer): parameter \(index) is \(parameter.shapeDescription) but its gradient is "
        + "\(gradient.shapeDescription)")
    requireFinite(gradient, optimizer, "gradient \(index)", cause: "the step before diverged")
  }
  requireUsableLearningRate(learningRate, optimizer)
}

/// Stops with a message naming `optimizer` unless 0 ≤ `value` < 1 (a moving average's β).
func requireDecayFactor(_ value: Double, _ symbol: String, _ optimizer: String) {
  require(
    value >= 0 && value < 1,
    "\(optimizer): \(symbol) must be in [0, 1) (the weight of the past in a moving average), got "
      + formatSetting(value))
}

/// Stops with a message naming `optimizer` unless `epsilon` is finite and > 0.
func requireEpsilon(_ epsilon: Double, _ optimizer: String) {
  require(
    epsilon > 0 && epsilon.isFinite,
    "\(optimizer): ε must be a finite number > 0 (it keeps a division away from 0), got \(formatSetting(epsilon))")
}

/// The larger of the two at each entry (AMSGrad's and AdaMax's running maximum).
func entrywiseMaximum(_ a: Matrix, _ b: Matrix) -> Matrix {
  Matrix(rows: a.rows, columns: a.columns, values: zip(a.values, b.values).map { Swift.max($0, $1) })
}

/// √x at each entry.
func entrywiseSquareRoot(_ matrix: Matrix) -> Matrix { matrix.map { $0.squareRoot() } }

/// A setting as it was typed: the shortest decimal that reads back as the same Double, with
/// no ".0" on whole numbers ("0.9", "1e-08", "25"; NaN and ±∞ as formatNumber writes them).
public func formatSetting(_ value: Double) -> String {
  guard value.isFinite else { return formatNumber(value) }
  if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
  return "\(value)"
}
