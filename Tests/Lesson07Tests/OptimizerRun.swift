import WorkbookBasics
import WorkbookReference

/// Seeded gradients for the graded optimizer tests: `steps` matrices of one shape, with the
/// scale changing between steps so that running averages and maxima matter.
func seededGradients(rows: Int, columns: Int, steps: Int, seed: UInt64) -> [Matrix] {
  var generator = SeededGenerator(seed: seed)
  return (0..<steps).map { step in
    Matrix.randomNormal(rows: rows, columns: columns, using: &generator) * (step % 3 == 0 ? 2.0 : 0.4)
  }
}

/// The library's optimizer run on the same start and gradients: what each step must give.
func referencePath(
  _ optimizer: some Optimizer, start: Matrix, gradients: [Matrix], learningRate: Double
) -> [Matrix] {
  var optimizer = optimizer
  var parameters = [start]
  return gradients.map { gradient in
    optimizer.update(&parameters, gradients: [gradient], roles: [.weight], learningRate: learningRate)
    return parameters[0]
  }
}
