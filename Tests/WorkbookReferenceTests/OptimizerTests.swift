import Foundation
import XCTest

@testable import WorkbookBasics
@testable import WorkbookReference

/// Every optimizer against steps worked by hand on the bowl L(w) = w² (g = 2w) from w₀ = 1 at
/// η = 0.1, against a plain scalar re-implementation on seeded gradient sequences, and for the
/// state: kept between calls, per parameter, reset, and refused for other shapes.
final class OptimizerTests: XCTestCase {
  /// w after `steps` updates on L(w) = w² from w₀ = 1 at η = 0.1.
  private func bowl<O: Optimizer>(_ optimizer: O, steps: Int, rate: Double = 0.1, role: ParameterRole = .weight)
    -> [Double]
  {
    var optimizer = optimizer
    var parameters = [Matrix([[1.0]])]
    var path = [Double]()
    for _ in 0..<steps {
      optimizer.update(&parameters, gradients: [2 * parameters[0]], roles: [role], learningRate: rate)
      path.append(parameters[0][0, 0])
    }
    return path
  }

  private func assertPath(
    _ found: [Double], _ expected: [Double], _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(found.count, expected.count, what, file: file, line: line)
    for (step, (w, wanted)) in zip(found, expected).enumerated() {
      XCTAssertEqual(w, wanted, accuracy: 1e-12, "\(what): w after step \(step + 1)", file: file, line: line)
    }
  }

  func testFirstStepsOnTheBowlMatchTheWorkedValues() {
    // SGD: g = 2 → w = 1 − 0.1·2 = 0.8; then g = 1.6 → 0.64.
    assertPath(bowl(SGD(), steps: 2), [0.8, 0.64], "SGD")
    // Moving average: v = 0.1·2 = 0.2 → w = 0.98; g = 1.96, v = 0.18 + 0.196 = 0.376 → 0.9424.
    assertPath(bowl(Momentum(), steps: 2), [0.98, 0.9424], "Momentum")
    // Classical: v = 2 → w = 0.8; g = 1.6, v = 1.8 + 1.6 = 3.4 → w = 0.46.
    assertPath(bowl(Momentum(form: .classical), steps: 2), [0.8, 0.46], "classical Momentum")
    // Nesterov: v = 2, w = 1 − 0.1·(2 + 0.9·2) = 0.62.
    assertPath(bowl(Nesterov(), steps: 1), [0.62], "Nesterov")
    // AdaGrad: s = 4, w = 1 − 0.1·2/(2 + 1e-10).
    assertPath(bowl(AdaGrad(), steps: 1), [1 - 0.2 / (2 + 1e-10)], "AdaGrad")
    // RMSprop: s = 0.1·4 = 0.4, w = 1 − 0.1·2/(√0.4 + 1e-8) = 0.683772…
    assertPath(bowl(RMSprop(), steps: 1), [1 - 0.2 / (0.4.squareRoot() + 1e-8)], "RMSprop")
    // Adadelta at η = 1: s = 0.4, Δ = −√(1e-6)/√(0.4 + 1e-6)·2, w = 1 + Δ = 0.996838…
    assertPath(bowl(Adadelta(), steps: 1, rate: 1), [1 - 2 * 1e-3 / (0.4 + 1e-6).squareRoot()], "Adadelta")
    // Adam: m = 0.2, v = 0.004; m̂ = 2, v̂ = 4 → w = 1 − 0.1·2/(2 + 1e-8) ≈ 0.9.
    assertPath(bowl(Adam(), steps: 1), [1 - 0.2 / (2 + 1e-8)], "Adam")
    // AMSGrad's first step is Adam's (the maximum of 0 and v is v).
    assertPath(bowl(AMSGrad(), steps: 1), [1 - 0.2 / (2 + 1e-8)], "AMSGrad")
    // Nadam (Dozat): m = 0.2; 0.9·0.2/(1 − 0.9²) + 0.1·2/0.1 = 0.947368… + 2, over √v̂ = 2:
    // w = 1 − 0.1·2.947368/2 = 0.852632 (up to ε).
    assertPath(bowl(Nadam(), steps: 1), [1 - 0.1 * (0.18 / 0.19 + 2) / (2 + 1e-8)], "Nadam")
    // AdaMax: m = 0.2, u = 2 + 1e-8, rate 0.1/0.1 = 1 → w = 1 − 0.2/(2 + 1e-8).
    assertPath(bowl(AdaMax(), steps: 1), [1 - 0.2 / (2 + 1e-8)], "AdaMax")
    // AdamW decays weights: w = 1 − 0.1·(≈1 + 0.01·1) ≈ 0.899; a bias is not decayed.
    assertPath(bowl(AdamW(), steps: 1), [1 - 0.1 * (2 / (2 + 1e-8) + 0.01)], "AdamW on a weight")
    assertPath(bowl(AdamW(), steps: 1, role: .bias), [1 - 0.2 / (2 + 1e-8)], "AdamW on a bias")
  }

  /// Without bias correction Adam's first step would be η·0.2/√0.004 = η·3.16: the correction
  /// makes it η·1, the size of a sign step.
  func testAdamsBiasCorrectionMakesTheFirstStepTheRateItself() {
    let step = 1 - bowl(Adam(), steps: 1)[0]
    XCTAssertEqual(step, 0.1, accuracy: 1e-8, "Adam's first step should be η·m̂/√v̂ = η·g/|g| = 0.1")
    XCTAssertEqual(0.1 * 0.2 / 0.004.squareRoot(), 0.316, accuracy: 1e-3)
  }

  /// A scalar re-implementation of each rule, entry by entry, straight from the formulas.
  private func reference(_ name: String, gradients: [[Double]], rate: Double, decayed: Bool) -> [Double] {
    let count = gradients[0].count
    var w = [Double](repeating: 0.5, count: count)
    var (a, b, c) = (
      [Double](repeating: 0, count: count), [Double](repeating: 0, count: count), [Double](repeating: 0, count: count)
    )
    let (beta, beta1, beta2, rho, eps) = (0.9, 0.9, 0.999, 0.9, 1e-8)
    for (stepIndex, g) in gradients.enumerated() {
      let t = Double(stepIndex + 1)
      for i in 0..<count {
        switch name {
        case "SGD": w[i] -= rate * g[i]
        case "Momentum":
          a[i] = beta * a[i] + (1 - beta) * g[i]
          w[i] -= rate * a[i]
        case "Nesterov":
          a[i] = beta * a[i] + g[i]
          w[i] -= rate * (g[i] + beta * a[i])
        case "AdaGrad":
          a[i] += g[i] * g[i]
          w[i] -= rate * g[i] / (a[i].squareRoot() + 1e-10)
        case "RMSprop":
          a[i] = rho * a[i] + (1 - rho) * g[i] * g[i]
          w[i] -= rate * g[i] / (a[i].squareRoot() + eps)
        case "Adadelta":
          a[i] = rho * a[i] + (1 - rho) * g[i] * g[i]
          let delta = -(b[i] + 1e-6).squareRoot() / (a[i] + 1e-6).squareRoot() * g[i]
          b[i] = rho * b[i] + (1 - rho) * delta * delta
          w[i] += rate * delta
        case "Adam", "AdamW", "AMSGrad", "Nadam":
          a[i] = beta1 * a[i] + (1 - beta1) * g[i]
          b[i] = beta2 * b[i] + (1 - beta2) * g[i] * g[i]
          c[i] = max(c[i], b[i])
          let mHat = a[i] / (1 - pow(beta1, t))
          let vHat = (name == "AMSGrad" ? c[i] : b[i]) / (1 - pow(beta2, t))
          var step = mHat / (vHat.squareRoot() + eps)
          if name == "Nadam" {
            step =
              (beta1 * a[i] / (1 - pow(beta1, t + 1)) + (1 - beta1) * g[i] / (1 - pow(beta1, t)))
              / (vHat.squareRoot() + eps)
          }
          if name == "AdamW" && decayed { step += 0.01 * w[i] }
          w[i] -= rate * step
        case "AdaMax":
          a[i] = beta1 * a[i] + (1 - beta1) * g[i]
          b[i] = max(beta2 * b[i], abs(g[i]) + eps)
          w[i] -= rate / (1 - pow(beta1, t)) * a[i] / b[i]
        default: XCTFail("no reference for \(name)")
        }
      }
    }
    return w
  }

  private let optimizers: [(String, any Optimizer)] = [
    ("SGD", SGD()), ("Momentum", Momentum()), ("Nesterov", Nesterov()), ("AdaGrad", AdaGrad()),
    ("RMSprop", RMSprop()), ("Adadelta", Adadelta()), ("Adam", Adam()), ("AdamW", AdamW()),
    ("AMSGrad", AMSGrad()), ("Nadam", Nadam()), ("AdaMax", AdaMax()),
  ]

  /// 40 steps of seeded gradients on a 2×3 parameter: each optimizer against its formulas.
  func testEveryOptimizerMatchesAScalarReimplementationOnSeededGradients() {
    var generator = SeededGenerator(seed: 12)
    let gradients = (0..<40).map { step in
      Matrix.randomNormal(rows: 2, columns: 3, using: &generator) * (step % 7 == 0 ? 5.0 : 0.3)
    }
    for (name, optimizer) in optimizers {
      for role in [ParameterRole.weight, .bias] {
        var optimizer = optimizer
        var parameters = [Matrix(rows: 2, columns: 3, repeating: 0.5)]
        for gradient in gradients {
          optimizer.update(&parameters, gradients: [gradient], roles: [role], learningRate: 0.05)
        }
        let expected = reference(name, gradients: gradients.map(\.values), rate: 0.05, decayed: role == .weight)
        for (index, (found, wanted)) in zip(parameters[0].values, expected).enumerated() {
          XCTAssertEqual(
            found, wanted, accuracy: 1e-12 * max(1, abs(wanted)),
            "\(name) (\(role)): entry \(index) after 40 steps")
        }
        XCTAssertEqual(optimizer.state.step, 40, "\(name) counts its steps")
      }
    }
  }

  /// Two parameters updated together move exactly as each would alone: the state is kept per
  /// parameter, never mixed.
  func testParametersAreUpdatedIndependently() {
    var generator = SeededGenerator(seed: 13)
    let first = (0..<5).map { _ in Matrix.randomNormal(rows: 2, columns: 2, using: &generator) }
    let second = (0..<5).map { _ in Matrix.randomNormal(rows: 1, columns: 3, using: &generator) }
    for (name, optimizer) in optimizers {
      var together = optimizer
      var (alone1, alone2) = (optimizer, optimizer)
      var both = [Matrix.zeros(rows: 2, columns: 2), Matrix.zeros(rows: 1, columns: 3)]
      var (one, two) = ([both[0]], [both[1]])
      for step in 0..<5 {
        together.update(&both, gradients: [first[step], second[step]], roles: [.weight, .bias], learningRate: 0.1)
        alone1.update(&one, gradients: [first[step]], roles: [.weight], learningRate: 0.1)
        alone2.update(&two, gradients: [second[step]], roles: [.bias], learningRate: 0.1)
      }
      XCTAssertEqual(both[0], one[0], "\(name): the first parameter depends on the second")
      XCTAssertEqual(both[1], two[0], "\(name): the second parameter depends on the first")
    }
  }

  /// The state carries across calls, can be saved and set back, and reset() starts afresh.
  func testStateCarriesOverCanBeSetAndResets() {
    for (name, optimizer) in optimizers {
      var running = optimizer
      var parameters = [Matrix([[1.0, -2.0]])]
      let gradient = Matrix([[0.5, 0.25]])
      running.update(&parameters, gradients: [gradient], roles: [.weight], learningRate: 0.1)
      let saved = (running.state, parameters)
      running.update(&parameters, gradients: [gradient], roles: [.weight], learningRate: 0.1)
      var restored = optimizer
      restored.state = saved.0
      var restoredParameters = saved.1
      restored.update(&restoredParameters, gradients: [gradient], roles: [.weight], learningRate: 0.1)
      XCTAssertEqual(restoredParameters, parameters, "\(name): setting the saved state did not continue the run")
      var fresh = optimizer
      var freshParameters = [Matrix([[1.0, -2.0]])]
      fresh.update(&freshParameters, gradients: [gradient], roles: [.weight], learningRate: 0.1)
      running.reset()
      XCTAssertEqual(running.state, OptimizerState(), "\(name): reset() left state behind")
      var again = [Matrix([[1.0, -2.0]])]
      running.update(&again, gradients: [gradient], roles: [.weight], learningRate: 0.1)
      XCTAssertEqual(again, freshParameters, "\(name): after reset() the first step differs from a fresh one")
    }
  }

  /// Every optimizer goes downhill on the bowl for 50 steps at η = 0.1 (Adadelta at η = 1).
  func testEveryOptimizerGoesDownhillOnTheBowl() {
    for (name, optimizer) in optimizers {
      let path = bowl(optimizer, steps: 50, rate: name == "Adadelta" ? 1 : 0.1)
      XCTAssertLessThan(abs(path.last!), 0.999, "\(name) did not move towards the minimum: \(path.last!)")
      XCTAssertTrue(path.allSatisfy(\.isFinite), "\(name) left the numbers")
    }
  }

  func testNamesSayTheSettings() {
    XCTAssertEqual(Adam().name, "Adam (β₁ 0.9, β₂ 0.999)")
    XCTAssertEqual(Momentum(beta: 0.5, form: .classical).name, "Momentum, classical (β 0.5)")
    XCTAssertEqual(AdamW(weightDecay: 0.1).name, "AdamW (β₁ 0.9, β₂ 0.999, λ 0.1)")
  }
}
