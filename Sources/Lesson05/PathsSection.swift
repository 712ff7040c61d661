import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 3: when x reaches y along several paths, the path derivatives add up.
let pathsSection = WalkthroughSection("Several paths add up") { page in
  page.paragraph(
    """
    In a real network a unit feeds many units of the next layer, so its gradient arrives \
    along many paths. The chain rule then adds one product per path. The notes' picture has \
    x reaching y three ways: directly through u₁, through u₂ then o₁, and through u₃ then o₂. \
    To evaluate it, pick functions for each node:
    """)
  page.line("    u₁ = x²    u₂ = 2x    u₃ = sin x    o₁ = tanh u₂    o₂ = e^(u₃)")
  page.line("    y  = u₁·o₁ + o₂")
  page.line()
  let x = 0.7
  func y(_ x: Double) -> Double { x * x * tanh(2 * x) + exp(sin(x)) }
  let (u1, u2, u3) = (x * x, 2 * x, sin(x))
  let (o1, _) = (tanh(u2), exp(u3))
  let paths = [
    ("path 1", "∂y/∂u₁ · ∂u₁/∂x", "o₁ · 2x", o1 * (2 * x)),
    ("path 2", "∂y/∂o₁ · ∂o₁/∂u₂ · ∂u₂/∂x", "u₁ · (1 − o₁²) · 2", u1 * (1 - o1 * o1) * 2),
    ("path 3", "∂y/∂o₂ · ∂o₂/∂u₃ · ∂u₃/∂x", "1 · e^(u₃) · cos x", 1 * exp(u3) * cos(x)),
  ]
  page.paragraph("At x = \(formatNumber(x, decimals: 1)):")
  page.table(
    TextTable(
      headers: ["", "chain", "here", "value"], rows: paths.map { [$0.0, $0.1, $0.2, formatNumber($0.3)] }))
  page.line()
  let total = paths.reduce(0) { $0 + $1.3 }
  let numeric = numericDerivative(of: y, at: x)
  page.value("dy/dx = path 1 + path 2 + path 3", total)
  page.value("a centred difference of y", numeric)
  page.check(
    "the sum of the three paths is the derivative", holds: relativeError(total, numeric) < 1e-8,
    detail: "relative error \(formatNumber(relativeError(total, numeric), decimals: 1))")
  page.line()
  let largest = paths.map(\.3).max() ?? 0
  page.paragraph(
    """
    Leaving out any one path would be wrong by that path's value (the largest here is \
    \(formatNumber(largest))). This is why a dense layer's backward pass dL/dX = dL/dZ·Wᵀ is \
    a sum over the units of the layer above, and why a bias gradient sums over the batch. \
    Along each path the factors multiply, which is where the trouble of the first two \
    sections comes from.
    """)
}
