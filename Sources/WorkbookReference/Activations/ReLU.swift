/// The rectified linear unit: the input when positive, else 0.
///
/// ```
/// ReLU(z) = max(0, z)
/// ```
/// - Parameter z: any number.
/// - Returns: max(0, z); NaN for NaN (`Swift.max(0, .nan)` would say 0, and a NaN input would
///   come out as a confident answer).
public func relu(_ z: Double) -> Double { z.isNaN ? z : Swift.max(0, z) }

/// The derivative of ReLU: 1 for positive inputs, 0 for negative ones.
///
/// ```
/// ReLU'(z) = 1 if z > 0, else 0
/// ```
/// At z = 0 the derivative does not exist (the slope jumps from 0 to 1). Any value in [0, 1] is
/// a valid subgradient; like PyTorch and TensorFlow, the workbook uses 0.
/// - Parameter z: any number.
/// - Returns: 0 or 1; NaN for NaN.
public func reluDerivative(_ z: Double) -> Double { z.isNaN ? z : z > 0 ? 1 : 0 }
