import Foundation
import WorkbookBasics
import WorkbookReference

/// `swift run Benchmark [matmul|mlp|all|paths]`: the engine's speed on the shapes of
/// ../shared/perf/numpy_bench.py, to compare with numpy side by side on one machine (run the
/// two alternately and compare ratios: absolute figures move between runs and machines).
///
/// - matmul: square float64 products, n = 64…512, on every kernel path this CPU has, and the
///   batch shapes of a training step (X·W, Xᵀ·G, G·Wᵀ); GFLOP/s = 2·m·n·k / best time.
/// - mlp: the digits networks 64-64-10 and 64-256-256-10 (ReLU, He normal, softmax
///   cross-entropy, batches of 32, SGD at η = 0.1); median ms per epoch, on the active path
///   (`WORKBOOK_KERNEL` chooses it).
/// - paths: the kernel paths this CPU can run, one per line.
@main
struct Benchmark {
  static func main() throws {
    let what = CommandLine.arguments.dropFirst().first ?? "all"
    if what == "paths" {
      // One name per line, for scripts: `for path in $(swift run Benchmark paths)`.
      for path in KernelPath.available { print(path.rawValue) }
      return
    }
    guard ["matmul", "mlp", "all"].contains(what) else {
      FileHandle.standardError.write(Data("usage: swift run Benchmark [matmul|mlp|all|paths]\n".utf8))
      exit(2)
    }
    print("kernel paths on this CPU: \(KernelPath.available.map(\.rawValue).joined(separator: ", "))")
    if what != "mlp" { matmulFigures() }
    if what != "matmul" { try mlpFigures() }
  }

  /// The best time of `repeats` rounds of `body`, each run `times` times, in seconds per run.
  static func bestTime(rounds: Int = 5, times: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
      let start = DispatchTime.now().uptimeNanoseconds
      for _ in 0..<times { body() }
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(times))
    }
    return best
  }

  static func matmulFigures() {
    var generator = SeededGenerator(seed: 1)
    for path in KernelPath.available {
      var line = "matmul \(path.rawValue):"
      for n in [64, 128, 256, 512] {
        let a = Matrix.randomNormal(rows: n, columns: n, using: &generator)
        let b = Matrix.randomNormal(rows: n, columns: n, using: &generator)
        let flops = 2 * Double(n * n * n)
        let time = bestTime(times: max(1, Int(200_000_000 / flops))) { _ = a.matmul(b, using: path) }
        line += "  n=\(n) \(formatNumber(flops / time / 1e9, decimals: 1))"
      }
      print(line + "  GFLOP/s")
    }
    // A training step's products at batch 32: forward X·W, backward Xᵀ·G and G·Wᵀ.
    for width in [64, 256] {
      let x = Matrix.randomNormal(rows: 32, columns: width, using: &generator)
      let w = Matrix.randomNormal(rows: width, columns: width, using: &generator)
      let flops = 2 * Double(32 * width * width)
      let times = max(1, Int(100_000_000 / flops))
      let forward = bestTime(times: times) { _ = x.matmul(w) }
      let weightGradient = bestTime(times: times) { _ = x.transposedMatmul(x) }
      let inputGradient = bestTime(times: times) { _ = x.matmulTransposed(w) }
      print(
        "batch 32×\(width)·\(width)×\(width) (\(KernelPath.active.rawValue)):  X·W "
          + "\(formatNumber(flops / forward / 1e9, decimals: 1))  Xᵀ·G \(formatNumber(flops / weightGradient / 1e9, decimals: 1))"
          + "  G·Wᵀ \(formatNumber(flops / inputGradient / 1e9, decimals: 1))  GFLOP/s")
    }
  }

  static func mlpFigures() throws {
    let digits = try ClassifierDigits.load()
    let (features, targets) = (digits.features, digits.targets)
    for (sizes, epochs) in [([64, 64, 10], 15), ([64, 256, 256, 10], 7)] {
      var generator = SeededGenerator(seed: 42)
      var network = Sequential(
        denseSizes: sizes, activation: .relu, initializer: .heNormal, loss: SoftmaxCrossEntropyLoss(),
        using: &generator)
      var times = [Double]()
      var loss = 0.0
      for _ in 0..<epochs {
        let order = generator.permutation(features.rows)
        let start = DispatchTime.now().uptimeNanoseconds
        loss =
          try network.train(
            features: features, targets: targets, epochs: 1, batchSize: 32, learningRate: 0.1, order: { _ in order }
          ).last ?? .nan
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      times.sort()
      let label = sizes.map(String.init).joined(separator: "-")
      print(
        "mlp \(label) (\(KernelPath.active.rawValue))  median \(formatNumber(times[times.count / 2], decimals: 2)) ms/epoch"
          + "  min \(formatNumber(times[0], decimals: 2))  (loss \(formatNumber(loss)))")
    }
  }
}
