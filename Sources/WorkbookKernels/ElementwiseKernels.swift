// The training loop's two passes over whole parameter matrices, compiled into the same three
// modules as the matrix product (Package.swift): the check that every entry is finite, and
// gradient descent's θ ← θ − η·g. On the wider paths each is one AVX2 or AVX-512 instruction
// per 4 or 8 doubles instead of SSE2's 2; the bits are the same on every path, as each entry
// is computed alone (a multiply, then a subtract: never a fused multiply-add).

/// Doubles handled side by side: one AVX-512 register, two AVX2 ones, four SSE2 or NEON ones.
typealias Lanes = SIMD8<Double>

/// Whether every one of `count` doubles from `values` is finite (neither NaN nor ±∞).
///
/// x·0 is ±0 for a finite x and NaN for NaN or ±∞, and a sum of ±0s is ±0: so the sum of every
/// x·0 is zero exactly when every x is finite. Unlike a sum of the values themselves, it
/// cannot overflow. There is no early exit, so that the loop vectorises.
public func allFinite(_ values: UnsafePointer<Double>, count: Int) -> Bool {
  let raw = UnsafeRawPointer(values)
  let width = Lanes.scalarCount
  // Four independent sums, so that the adds do not wait on each other.
  var sums = (Lanes(), Lanes(), Lanes(), Lanes())
  var index = 0
  while index + 4 * width <= count {
    let bytes = index * MemoryLayout<Double>.stride
    let laneBytes = width * MemoryLayout<Double>.stride
    sums.0 = sums.0 + raw.loadUnaligned(fromByteOffset: bytes, as: Lanes.self) * 0
    sums.1 = sums.1 + raw.loadUnaligned(fromByteOffset: bytes + laneBytes, as: Lanes.self) * 0
    sums.2 = sums.2 + raw.loadUnaligned(fromByteOffset: bytes + 2 * laneBytes, as: Lanes.self) * 0
    sums.3 = sums.3 + raw.loadUnaligned(fromByteOffset: bytes + 3 * laneBytes, as: Lanes.self) * 0
    index += 4 * width
  }
  var rest = 0.0
  while index < count {
    rest = rest + values[index] * 0
    index += 1
  }
  return ((sums.0 + sums.1) + (sums.2 + sums.3)).sum() + rest == 0
}

/// target[i] ← target[i] − factor · values[i] for i in 0..<count: gradient descent's step
/// θ ← θ − η·g, in place, with a multiply and then a subtract (the same bits as the scalar
/// loop on every path).
public func subtractScaled(
  _ values: UnsafePointer<Double>, scaledBy factor: Double, from target: UnsafeMutablePointer<Double>, count: Int
) {
  let source = UnsafeRawPointer(values)
  let destination = UnsafeMutableRawPointer(target)
  let width = Lanes.scalarCount
  let scale = Lanes(repeating: factor)
  var index = 0
  while index + width <= count {
    let bytes = index * MemoryLayout<Double>.stride
    let updated =
      destination.loadUnaligned(fromByteOffset: bytes, as: Lanes.self)
      - scale * source.loadUnaligned(fromByteOffset: bytes, as: Lanes.self)
    destination.storeBytes(of: updated, toByteOffset: bytes, as: Lanes.self)
    index += width
  }
  while index < count {
    target[index] = target[index] - factor * values[index]
    index += 1
  }
}
