import Foundation
import WorkbookBasics

/// A layer that applies one function to every entry and has no parameters: sigmoid, tanh,
/// ReLU, SELU or the identity. Its backward pass multiplies the incoming gradient entry by entry by the derivative at
/// the layer's input.
///
/// ```
/// forward:   O = f(N)
/// backward:  dL/dN = dL/dO ⊙ f'(N)     (the notes' dO₁/dN₁ = σ(N₁) ⊙ (1 − σ(N₁)) for the sigmoid)
/// ```
public struct ActivationLayer: Layer {
  /// The functions an activation layer can apply.
  public enum Function: Sendable, Equatable, CaseIterable {
    /// σ(z) = 1 / (1 + e^(−z)), with σ' = σ(1 − σ).
    case sigmoid
    /// tanh(z), with tanh' = 1 − tanh².
    case tanh
    /// max(0, z), with derivative 1 for z > 0 and 0 otherwise (0 at z = 0).
    case relu
    /// SELU(z) = λ·z for z > 0, λ·α·(eᶻ − 1) otherwise, with derivative λ or λ·α·eᶻ (see `selu`).
    case selu
    /// z itself, with derivative 1: a "linear" layer, as in the notes' one-neuron chains.
    case identity

    /// Its name in printouts: "sigmoid", "tanh", "relu".
    public var name: String {
      switch self {
      case .sigmoid: return "sigmoid"
      case .tanh: return "tanh"
      case .relu: return "relu"
      case .selu: return "selu"
      case .identity: return "identity"
      }
    }

    /// The function at one input.
    public func value(_ z: Double) -> Double {
      switch self {
      case .sigmoid: return WorkbookReference.sigmoid(z)
      case .tanh: return Foundation.tanh(z)
      case .relu: return WorkbookReference.relu(z)
      case .selu: return WorkbookReference.selu(z)
      case .identity: return z
      }
    }

    /// Its derivative at one input.
    public func derivative(_ z: Double) -> Double {
      switch self {
      case .sigmoid: return sigmoidDerivative(z)
      case .tanh: return tanhDerivative(z)
      case .relu: return reluDerivative(z)
      case .selu: return seluDerivative(z)
      case .identity: return 1
      }
    }
  }

  /// Which function the layer applies.
  public let function: Function
  private var lastInput: Matrix?

  /// A layer applying `function` to every entry.
  public init(_ function: Function) {
    self.function = function
  }

  /// None: an activation learns nothing.
  public var parameters: [Matrix] {
    get { [] }
    set { require(newValue.isEmpty, "\(function.name): an activation layer has no parameters") }
  }

  /// None.
  public var parameterGradients: [Matrix] { [] }

  /// None: an activation learns nothing.
  public var parameterRoles: [ParameterRole] { [] }

  /// "sigmoid", "tanh", "relu", "selu" or "identity".
  public var name: String { function.name }

  /// O = f(N); remembers N.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    lastInput = input
    let function = self.function
    guard function == .relu else { return input.map { function.value($0) } }
    // ReLU, the hidden layers' usual activation, in one loop here: `map` calls its closure,
    // and the closure `relu`, once per entry. The same formula as `relu(_:)`, so the same bits.
    // Written straight into a new array: the input is kept for backward, so changing a copy in
    // place would first copy it.
    let values = [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
      input.values.withUnsafeBufferPointer { z in
        for index in z.indices { output[index] = z[index].isNaN ? z[index] : Swift.max(0, z[index]) }
      }
      initialized = input.count
    }
    return Matrix(rows: input.rows, columns: input.columns, values: values)
  }

  /// dL/dN = dL/dO ⊙ f'(N).
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    guard let input = lastInput else { fatalError("\(function.name): backward called before forward") }
    requireOutputGradient(outputGradient, rows: input.rows, columns: input.columns, function.name, like: "input")
    let function = self.function
    guard function == .relu else { return outputGradient * input.map { function.derivative($0) } }
    // dL/dO ⊙ relu'(N) in one loop, with `reluDerivative`'s formula (the same bits).
    let values = [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
      input.values.withUnsafeBufferPointer { z in
        outputGradient.values.withUnsafeBufferPointer { g in
          for index in z.indices {
            let slope: Double = z[index].isNaN ? z[index] : z[index] > 0 ? 1 : 0
            output[index] = g[index] * slope
          }
        }
      }
      initialized = input.count
    }
    return Matrix(rows: input.rows, columns: input.columns, values: values)
  }
}
