/// What a parameter does in its layer, so that a rule can pick the right ones: weight decay
/// (L2) shrinks weights only, never biases or batch normalisation's γ and β, and a gradient
/// report measures the weights.
public enum ParameterRole: Sendable, Equatable, CaseIterable {
  /// A weight matrix W, which multiplies the input.
  case weight
  /// A bias b, added after the product.
  case bias
  /// Batch normalisation's scale γ.
  case scale
  /// Batch normalisation's shift β.
  case shift
}
