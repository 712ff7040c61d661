import Foundation
import WorkbookBasics
import WorkbookReference

/// A loss of two parameters with a known minimum, for drawing optimizers' paths.
struct Surface: Sendable {
  /// Its name and formula.
  let name: String
  /// L(x, y).
  let loss: @Sendable (Double, Double) -> Double
  /// (∂L/∂x, ∂L/∂y).
  let gradient: @Sendable (Double, Double) -> (Double, Double)
  /// Where every optimizer starts.
  let start: (x: Double, y: Double)
  /// Where the minimum is (L = 0 there).
  let minimum: (x: Double, y: Double)
  /// "Reached" means L below this.
  let tolerance: Double
  /// The most steps tried.
  let maximumSteps: Int
  /// The plot's ranges.
  let xRange: ClosedRange<Double>
  let yRange: ClosedRange<Double>

  /// The narrow bowl's curvature across: ∂²L/∂y² (along, ∂²L/∂x² = 1).
  static let steepness = 25.0

  /// ½(x² + 25y²): 25 times steeper across than along.
  static let narrowBowl = Surface(
    name: "the narrow bowl L = ½(x² + \(formatNumber(steepness, decimals: 0))y²)",
    loss: { x, y in 0.5 * (x * x + steepness * y * y) }, gradient: { x, y in (x, steepness * y) }, start: (-4, 1),
    minimum: (0, 0), tolerance: 1e-6, maximumSteps: 2000,
    xRange: -5...5, yRange: -1.5...1.5)

  /// Rosenbrock's banana valley (1 − x)² + 100(y − x²)², from the classic start (−1.2, 1).
  static let rosenbrock = Surface(
    name: "Rosenbrock's valley L = (1 − x)² + 100(y − x²)²",
    loss: { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
    gradient: { x, y in (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)) }, start: (-1.2, 1),
    minimum: (1, 1), tolerance: 1e-4, maximumSteps: 3000, xRange: -2...2, yRange: -1...3)
}

/// One optimizer's run on a surface at one rate.
struct SurfaceRun {
  /// The points visited, the start first.
  let path: [(x: Double, y: Double)]
  /// The step at which L fell below the tolerance, or nil.
  let stepsToTolerance: Int?
  /// L at the end.
  let finalLoss: Double
}

/// Runs `optimizer` on `surface` at `rate` until L is below the tolerance, the step limit, or
/// the point leaves the numbers (|x| or |y| over 1e6).
func run(_ optimizer: any Optimizer, on surface: Surface, rate: Double) -> SurfaceRun {
  var optimizer = optimizer
  var point = [Matrix([[surface.start.x, surface.start.y]])]
  var path = [surface.start]
  for step in 1...surface.maximumSteps {
    let (x, y) = (point[0][0, 0], point[0][0, 1])
    let (gx, gy) = surface.gradient(x, y)
    guard gx.isFinite, gy.isFinite else { break }
    optimizer.update(&point, gradients: [Matrix([[gx, gy]])], roles: [.weight], learningRate: rate)
    let (nx, ny) = (point[0][0, 0], point[0][0, 1])
    guard abs(nx) < 1e6, abs(ny) < 1e6 else {
      return SurfaceRun(path: path, stepsToTolerance: nil, finalLoss: .infinity)
    }
    path.append((nx, ny))
    if surface.loss(nx, ny) < surface.tolerance {
      return SurfaceRun(path: path, stepsToTolerance: step, finalLoss: surface.loss(nx, ny))
    }
  }
  let last = path[path.count - 1]
  return SurfaceRun(path: path, stepsToTolerance: nil, finalLoss: surface.loss(last.x, last.y))
}

/// The rates each optimizer is tried at on the surfaces.
let surfaceRates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1]

/// The rate with the fewest steps to the tolerance (the smaller rate on a tie), or, when none
/// gets there, the one with the lowest final loss.
func bestRun(_ optimizer: any Optimizer, on surface: Surface) -> (rate: Double, run: SurfaceRun) {
  let runs = surfaceRates.map { ($0, run(optimizer, on: surface, rate: $0)) }
  let reaching = runs.filter { $0.1.stepsToTolerance != nil }
  if let best = reaching.min(by: { ($0.1.stepsToTolerance ?? 0) < ($1.1.stepsToTolerance ?? 0) }) { return best }
  return runs.min { $0.1.finalLoss < $1.1.finalLoss } ?? runs[0]
}

/// Section 3: paths on a narrow bowl and on Rosenbrock's valley, and steps to the minimum.
let trajectoriesSection = WalkthroughSection("Paths on a narrow bowl and in a curved valley") { page in
  page.paragraph(
    """
    One parameter hides what the rules do differently. With two, the loss has a shape. Two \
    classic tests: a bowl 25 times steeper across than along, and Rosenbrock's valley, \
    whose minimum lies at the end of a long, curved, nearly flat floor. Every optimizer is \
    tried at η = \(surfaceRates.map { formatNumber($0, decimals: 3) }.joined(separator: ", ")) \
    and keeps its best rate: the fewest steps until L is below the tolerance.
    """)
  var steps = [String: [String: Int?]]()
  for surface in [Surface.narrowBowl, Surface.rosenbrock] {
    var results = [Int?]()
    var rows = [[String]]()
    var plots = [(String, ContourPlot)]()
    for member in family {
      let (rate, result) = bestRun(member.optimizer, on: surface)
      results.append(result.stepsToTolerance)
      rows.append([
        member.optimizer.name.prefix { $0 != " " }.description, formatNumber(rate, decimals: 3),
        result.stepsToTolerance.map(String.init)
          ?? "not in \(surface.maximumSteps) (L \(formatNumber(result.finalLoss)))",
      ])
      if ["SGD", "Momentum", "AdaGrad", "Adam"].contains(member.optimizer.name.prefix { $0 != " " }) {
        var plot = ContourPlot(
          x: surface.xRange, y: surface.yRange, width: 28, height: 9, bandsPerDecade: 1, function: surface.loss)
        plot.path = result.path
        plot.minimum = surface.minimum
        plots.append(("\(member.optimizer.name.prefix { $0 != " " }), η = \(formatNumber(rate, decimals: 3))", plot))
      }
    }
    page.paragraph(
      "On \(surface.name), from (\(formatNumber(surface.start.x, decimals: 1)), "
        + "\(formatNumber(surface.start.y, decimals: 1))) to L < \(formatNumber(surface.tolerance, decimals: 0)):")
    page.table(TextTable(headers: ["optimizer", "best η", "steps"], rows: rows))
    page.line()
    let named = zip(family.map { String($0.optimizer.name.prefix { $0 != " " }) }, results)
    let reached = named.compactMap { name, steps in steps.map { (name, $0) } }
    if let fastest = reached.min(by: { $0.1 < $1.1 }) {
      let missing = named.filter { $0.1 == nil }.map(\.0)
      page.paragraph(
        "Fastest here: \(fastest.0), in \(fastest.1) steps. "
          + (missing.isEmpty
            ? "Every optimizer got there."
            : "Not there within \(surface.maximumSteps) steps at any of the rates: "
              + missing.joined(separator: ", ") + "."))
    }
    page.blocks(plots.map { $0.1.render() }, captions: plots.map(\.0), perRow: 2)
    page.line()
    steps[surface.name] = Dictionary(uniqueKeysWithValues: zip(family.map { $0.optimizer.name }, results))
  }
  // What a too-large rate does to SGD on the narrow bowl, measured.
  let bowl = Surface.narrowBowl
  let limit = 2 / Surface.steepness
  let (tooLarge, smallEnough) = (0.1, 0.03)
  let bouncing = run(SGD(), on: bowl, rate: tooLarge)
  let growth = bouncing.path.count > 3 ? abs(bouncing.path[3].y / bouncing.path[2].y) : .nan
  let settles = run(SGD(), on: bowl, rate: smallEnough).stepsToTolerance != nil
  page.paragraph(
    """
    Across the narrow bowl, each SGD step multiplies y by 1 − \(formatNumber(Surface.steepness, decimals: 0))η. \
    Above η = 2/\(formatNumber(Surface.steepness, decimals: 0)) = \(formatNumber(limit, decimals: 2)) \
    that factor is below −1: y changes sign and grows every step. At η = \(formatNumber(tooLarge, decimals: 1)) \
    the factor is \(formatNumber(1 - Surface.steepness * tooLarge, decimals: 1)). The steep direction \
    sets the largest usable η, and along x that η is small.
    """)
  page.check(
    "SGD at η = \(formatNumber(tooLarge, decimals: 1)) multiplies |y| by \(formatNumber(abs(1 - Surface.steepness * tooLarge), decimals: 1)) "
      + "a step, and at η = \(formatNumber(smallEnough, decimals: 2)) reaches the minimum",
    holds: abs(growth - abs(1 - Surface.steepness * tooLarge)) < 1e-9 && settles,
    detail: "|y₃/y₂| = \(formatNumber(growth)); converged at \(formatNumber(smallEnough, decimals: 2)): \(settles)")
  page.line()
  let adadeltaFirst = run(Adadelta(), on: bowl, rate: 1).path
  let firstStep = hypot(adadeltaFirst[1].x - adadeltaFirst[0].x, adadeltaFirst[1].y - adadeltaFirst[0].y)
  page.paragraph(
    """
    Adadelta's step is √(u + ε)/√(s + ε)·g, and u, the average of its own squared steps, \
    starts at 0: its first step here has length \(formatNumber(firstStep)), set by √ε. Its η \
    only scales the step, so the table's "best η" for Adadelta is that scale.
    """)
  let bowlSteps = steps[bowl.name] ?? [:]
  let sgdSteps = bowlSteps[SGD().name] ?? nil
  let momentumSteps = bowlSteps[Momentum().name] ?? nil
  page.check(
    "momentum reaches the bowl's minimum in fewer steps than SGD, each at its best rate",
    holds: (momentumSteps ?? Int.max) < (sgdSteps ?? Int.max),
    detail: "Momentum \(momentumSteps.map(String.init) ?? "never"), SGD \(sgdSteps.map(String.init) ?? "never")")
}
