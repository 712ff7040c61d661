import WorkbookBasics

/// A number that remembers how it was computed, so that it can compute its own derivatives:
/// the idea of Karpathy's micrograd, in Swift.
///
/// Every operation on Values makes a new Value that records its inputs and the local
/// derivative of its result with respect to each of them. `backward()` then visits the graph
/// from the output back to the leaves, in reverse topological order, and applies the chain
/// rule at every node:
///
/// ```
/// input.grad += localDerivative × node.grad
/// ```
/// The `+=` matters: a value used twice collects a share of the gradient along each path.
///
/// ```
/// let a = Value(5, label: "a"), b = Value(3, label: "b"), c = Value(2, label: "c")
/// let J = 3 * (a + b * c)      // 33
/// J.backward()                 // a.grad 3, b.grad 6, c.grad 9
/// ```
/// A class, not a struct: a value used in two places must be one node with one gradient.
public final class Value {
  /// The number itself. Only a leaf's can change, through `adjust(by:)`.
  public private(set) var data: Double
  /// ∂(output)/∂(this value), filled in by `backward()`; 0 until then. A computed value's is
  /// recomputed by every `backward()`; a leaf's adds up over calls until `zeroGradients()`.
  public var grad: Double = 0
  /// The operation that made it ("+", "×", "tanh", …), or "" for a leaf made by `init`.
  public let operation: String
  /// A name for printing ("a", "J"); may be empty.
  public var label: String
  /// The values this one was computed from, in order; empty for a leaf.
  public private(set) var inputs: [Value]
  /// ∂(this value)/∂(input) for each input, in the order of `inputs`, evaluated when the
  /// operation ran.
  public let localDerivatives: [Double]

  /// A leaf: a number that was not computed from other Values (an input, a parameter, or a
  /// constant such as the 3 in `3 * x`, which gets a gradient too).
  /// - Parameters:
  ///   - data: a finite number.
  ///   - label: a name for printing.
  /// - Precondition: `data` is finite.
  public init(_ data: Double, label: String = "") {
    require(data.isFinite, "Value: a value must be a finite number, got \(formatNumber(data))")
    self.data = data
    self.label = label
    operation = ""
    inputs = []
    localDerivatives = []
  }

  /// The node of one operation: its result, its inputs and their local derivatives. Stops
  /// with a message naming the operation and its inputs when the result or a derivative is
  /// not finite (an overflow, log of 0).
  /// - Parameters:
  ///   - data: the operation's result.
  ///   - operation: its name, e.g. "×".
  ///   - inputs: what it was computed from.
  ///   - localDerivatives: ∂data/∂input for each input.
  init(computed data: Double, operation: String, inputs: [Value], localDerivatives: [Double]) {
    require(
      data.isFinite && localDerivatives.allSatisfy(\.isFinite),
      "Value \(operation): the result or its derivative is not a finite number for "
        + inputs.map { formatNumber($0.data) }.joined(separator: " and ")
        + " (result \(formatNumber(data)), derivatives "
        + localDerivatives.map { formatNumber($0) }.joined(separator: ", ") + ")")
    self.data = data
    self.operation = operation
    self.inputs = inputs
    self.localDerivatives = localDerivatives
    label = ""
  }

  /// Moves a leaf's number, as a training step moves a parameter: `w.adjust(by: -η * w.grad)`.
  /// The graph built before keeps its numbers: build it again for the next pass.
  /// - Parameter step: what to add to `data`.
  /// - Precondition: a leaf, and a finite result.
  public func adjust(by step: Double) {
    require(isLeaf, "Value.adjust: only a leaf (an input or a parameter) can change, not a computed \(operation)")
    require(
      (data + step).isFinite,
      "Value.adjust: \(formatNumber(data)) + \(formatNumber(step)) is not a finite number")
    data += step
  }

  /// True for a value made by `init`, not computed by an operation.
  public var isLeaf: Bool { inputs.isEmpty }

  // A chain of 100 000 values would be released recursively, one stack frame per value, and
  // overflow the stack. Instead, a value being freed takes its inputs' inputs into a list of its
  // own while it holds the only reference to them, so that each is freed with no inputs left.
  deinit {
    var pending = inputs
    inputs.removeAll()
    while var node = pending.popLast() {
      if isKnownUniquelyReferenced(&node) {
        pending.append(contentsOf: node.inputs)
        node.inputs.removeAll()
      }
    }
  }
}
