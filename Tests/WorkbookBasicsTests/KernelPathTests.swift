import XCTest

@testable import WorkbookBasics

/// Every kernel path this CPU has gives the same bits as a plain triple loop that sums each
/// entry over p in order, on odd and degenerate shapes, with transposed operands read in
/// place, and across the kernel's block boundaries.
final class KernelPathTests: XCTestCase {
  /// Σₚ A[i, p]·B[p, j] summed in order from 0, a multiply then an add: the reference order.
  private func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    tripleLoop(a.rows, b.columns, a.columns, from: .zeros(rows: a.rows, columns: b.columns)) { i, j, p in
      a[i, p] * b[p, j]
    }
  }

  /// C[i, j] = start[i, j] + Σₚ product(i, j, p), summed in order p = 0, 1, …: the reference
  /// order when the product accumulates onto C.
  private func tripleLoop(
    _ m: Int, _ n: Int, _ k: Int, from start: Matrix, _ product: (Int, Int, Int) -> Double
  ) -> Matrix {
    var c = start
    for i in 0..<m {
      for j in 0..<n {
        var sum = start[i, j]
        for p in 0..<k { sum = sum + product(i, j, p) }
        c[i, j] = sum
      }
    }
    return c
  }

  /// The m × n product of `a` and `b` read through the given strides, on kernel `path`.
  private func product(
    on path: KernelPath, _ m: Int, _ n: Int, _ k: Int, _ a: Matrix, rowStride aRowStride: Int,
    columnStride aColumnStride: Int, _ b: Matrix, rowStride bRowStride: Int, columnStride bColumnStride: Int
  ) -> Matrix {
    var c = [Double](repeating: .nan, count: m * n)
    guard m > 0, n > 0 else { return Matrix(rows: m, columns: n, values: c) }
    guard k > 0 else { return .zeros(rows: m, columns: n) }
    a.values.withUnsafeBufferPointer { aValues in
      b.values.withUnsafeBufferPointer { bValues in
        c.withUnsafeMutableBufferPointer { cValues in
          path.kernels.multiplyAdd(
            m, n, k, aValues.baseAddress!, aRowStride, aColumnStride, bValues.baseAddress!, bRowStride,
            bColumnStride, cValues.baseAddress!, n, true)
        }
      }
    }
    return Matrix(rows: m, columns: n, values: c)
  }

  /// Fails, naming the path, the shape and the first entry whose bits differ.
  private func assertSameBits(
    _ found: Matrix, _ expected: Matrix, _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let sameShape = found.rows == expected.rows && found.columns == expected.columns
    XCTAssertTrue(
      sameShape, "\(what): \(found.shapeDescription), expected \(expected.shapeDescription)", file: file, line: line)
    guard sameShape else { return }
    if let index = found.values.indices.first(where: {
      found.values[$0].bitPattern != expected.values[$0].bitPattern
    }) {
      XCTFail(
        "\(what): entry [\(index / max(found.columns, 1)), \(index % max(found.columns, 1))] is "
          + "\(found.values[index]) but the triple loop gives \(expected.values[index])", file: file, line: line)
    }
  }

  /// Shapes (m, k, n): empty, single, odd, vectors, and past every tile and block edge.
  private let shapes: [(Int, Int, Int)] = [
    (0, 3, 4), (3, 0, 4), (3, 4, 0), (1, 1, 1), (1, 7, 1), (7, 1, 7), (3, 3, 3), (7, 17, 33), (17, 33, 7),
    (33, 65, 17), (65, 3, 129), (1, 64, 200), (200, 64, 1), (5, 2, 1), (31, 16, 9), (97, 130, 65),
    (130, 97, 48), (2, 1000, 3), (13, 777, 21),
  ]

  func testEveryPathGivesTheTripleLoopsBitsOnOddShapes() {
    var generator = SeededGenerator(seed: 91)
    for (m, k, n) in shapes {
      let a = Matrix.randomNormal(rows: m, columns: k, using: &generator)
      let b = Matrix.randomNormal(rows: k, columns: n, using: &generator)
      let expected = naiveProduct(a, b)
      for path in KernelPath.available {
        assertSameBits(a.matmul(b, using: path), expected, "\(path.rawValue) \(m)×\(k)·\(k)×\(n)")
      }
    }
  }

  /// 16 × 1100 · 1100 × 1100 would be slow in the triple loop; 5 rows past 1024 columns and
  /// 400 steps of p cross every block edge of every path (blocks of 4·64, 8·64 and 16·64
  /// columns; 128 and 384 steps).
  func testBlockEdgesKeepTheSummationOrder() {
    var generator = SeededGenerator(seed: 92)
    // 13 rows read B in place (whole tiles and a partial one); 50 rows pack it.
    for rows in [13, 50] {
      let a = Matrix.randomNormal(rows: rows, columns: 400, using: &generator)
      let b = Matrix.randomNormal(rows: 400, columns: 1100, using: &generator)
      let expected = naiveProduct(a, b)
      for path in KernelPath.available {
        assertSameBits(a.matmul(b, using: path), expected, "\(path.rawValue) \(rows)×400·400×1100")
      }
    }
    let tall = Matrix.randomNormal(rows: 300, columns: 20, using: &generator)
    let wide = Matrix.randomNormal(rows: 20, columns: 40, using: &generator)
    let tallExpected = naiveProduct(tall, wide)
    for path in KernelPath.available {
      assertSameBits(tall.matmul(wide, using: path), tallExpected, "\(path.rawValue) 300×20·20×40")
    }
  }

  func testTransposedOperandsAreReadInPlaceWithTheSameBits() {
    var generator = SeededGenerator(seed: 93)
    for (m, k, n) in shapes {
      let x = Matrix.randomNormal(rows: k, columns: m, using: &generator)
      let g = Matrix.randomNormal(rows: k, columns: n, using: &generator)
      let y = Matrix.randomNormal(rows: m, columns: k, using: &generator)
      let w = Matrix.randomNormal(rows: n, columns: k, using: &generator)
      // The library's own calls, on the active path.
      assertSameBits(x.transposedMatmul(g), naiveProduct(x.transposed(), g), "Xᵀ·G \(m)×\(k)·\(k)×\(n)")
      assertSameBits(y.matmulTransposed(w), naiveProduct(y, w.transposed()), "G·Wᵀ \(m)×\(k)·\(k)×\(n)")
      // The same strides on every path.
      for path in KernelPath.available {
        assertSameBits(
          product(on: path, m, n, k, x, rowStride: 1, columnStride: m, g, rowStride: n, columnStride: 1),
          naiveProduct(x.transposed(), g), "\(path.rawValue) Xᵀ·G \(m)×\(k)·\(k)×\(n)")
        assertSameBits(
          product(on: path, m, n, k, y, rowStride: k, columnStride: 1, w, rowStride: 1, columnStride: k),
          naiveProduct(y, w.transposed()), "\(path.rawValue) G·Wᵀ \(m)×\(k)·\(k)×\(n)")
      }
    }
  }

  /// NaN, ±∞ and −0 go through every path exactly as through the triple loop (a −0 product
  /// added to +0 gives +0; ∞ · 0 is NaN).
  func testSpecialValuesGiveTheSameBitsOnEveryPath() {
    let a = Matrix([
      [.nan, 1, 2, 0, 3, 1, 1], [-0.0, -0.0, 0, 1, 2, 3, 4], [.infinity, 0, 1, 1, 1, 1, 1],
      [1, -.infinity, 1, .infinity, 1, 1, 1], [1e308, 1e308, -1e308, 1, 1, 1, 1],
    ])
    let b = Matrix((0..<7).map { p in (0..<9).map { j in p == j ? -0.0 : Double(p - j) * 0.5 } })
    let expected = naiveProduct(a, b)
    for path in KernelPath.available {
      assertSameBits(a.matmul(b, using: path), expected, "\(path.rawValue) special values")
    }
  }

  /// Overwriting never reads C (NaN there changes nothing); accumulating adds to it, each
  /// entry continuing its sum from C's value.
  func testOverwriteIgnoresCAndAccumulateContinuesFromIt() {
    var generator = SeededGenerator(seed: 94)
    let (m, k, n) = (13, 300, 19)
    let a = Matrix.randomNormal(rows: m, columns: k, using: &generator)
    let b = Matrix.randomNormal(rows: k, columns: n, using: &generator)
    let start = Matrix.randomNormal(rows: m, columns: n, using: &generator)
    let expected = tripleLoop(m, n, k, from: start) { i, j, p in a[i, p] * b[p, j] }
    for path in KernelPath.available {
      for (overwrite, initial) in [(true, Matrix(rows: m, columns: n, repeating: .nan)), (false, start)] {
        var c = initial.values
        a.values.withUnsafeBufferPointer { aValues in
          b.values.withUnsafeBufferPointer { bValues in
            c.withUnsafeMutableBufferPointer { cValues in
              path.kernels.multiplyAdd(
                m, n, k, aValues.baseAddress!, k, 1, bValues.baseAddress!, n, 1, cValues.baseAddress!, n, overwrite)
            }
          }
        }
        let wanted = overwrite ? naiveProduct(a, b) : expected
        assertSameBits(
          Matrix(rows: m, columns: n, values: c), wanted, "\(path.rawValue) \(overwrite ? "overwrite" : "accumulate")")
      }
    }
  }

  /// Each thread packs in its own room, kept between products and grown when a larger one
  /// comes: products of different sizes on several threads at once give the triple loop's bits.
  func testProductsOnSeveralThreadsAtOnceKeepTheirOwnPackingRoom() {
    var generator = SeededGenerator(seed: 95)
    let operands = [(9, 40, 11), (130, 200, 70), (3, 5, 2), (64, 64, 64)].map { m, k, n in
      (
        Matrix.randomNormal(rows: m, columns: k, using: &generator),
        Matrix.randomNormal(rows: k, columns: n, using: &generator)
      )
    }
    let expected = operands.map { naiveProduct($0.0, $0.1) }
    for path in KernelPath.available {
      let results = ConcurrentResults(count: operands.count * 3)
      DispatchQueue.concurrentPerform(iterations: operands.count * 3) { index in
        // Each thread goes from size to size, so its room is reused and grown.
        let (a, b) = operands[index % operands.count]
        results.store(a.matmul(b, using: path), at: index)
      }
      for index in 0..<operands.count * 3 {
        assertSameBits(
          results.value(at: index), expected[index % operands.count], "\(path.rawValue) on thread task \(index)")
      }
    }
  }

  /// The finiteness check finds a NaN, +∞ or −∞ wherever it is (in the vector part or the
  /// scalar tail), on every path and length, and never calls huge finite values non-finite.
  func testAllFiniteFindsEveryNonFiniteEntryOnEveryPath() {
    for path in KernelPath.available {
      for count in [0, 1, 7, 8, 31, 32, 33, 65, 100] {
        var values = (0..<count).map { Double($0 % 7 - 3) * 0.5e308 }
        values.withUnsafeBufferPointer { buffer in
          XCTAssertTrue(
            buffer.isEmpty || path.kernels.allFinite(buffer.baseAddress!, count),
            "\(path.rawValue): \(count) finite values (up to ±1.5e308) called non-finite")
        }
        for position in 0..<count {
          for bad in [Double.nan, .infinity, -.infinity] {
            let saved = values[position]
            values[position] = bad
            values.withUnsafeBufferPointer { buffer in
              XCTAssertFalse(
                path.kernels.allFinite(buffer.baseAddress!, count),
                "\(path.rawValue): \(bad) at \(position) of \(count) not found")
            }
            values[position] = saved
          }
        }
      }
    }
  }

  /// θ ← θ − η·g gives the bits of the scalar loop (a multiply, then a subtract) on every path
  /// and length, special values included.
  func testSubtractScaledGivesTheScalarLoopsBitsOnEveryPath() {
    var generator = SeededGenerator(seed: 96)
    for path in KernelPath.available {
      for count in [1, 7, 8, 9, 31, 33, 100] {
        var target = Matrix.randomNormal(rows: 1, columns: count, using: &generator).values
        var gradient = Matrix.randomNormal(rows: 1, columns: count, using: &generator).values
        if count > 8 { (target[3], gradient[8]) = (.infinity, .nan) }
        let factor = 0.1 + Double(count) / 7
        let expected = zip(target, gradient).map { θ, g in θ - factor * g }
        gradient.withUnsafeBufferPointer { g in
          target.withUnsafeMutableBufferPointer { θ in
            path.kernels.subtractScaled(g.baseAddress!, factor, θ.baseAddress!, count)
          }
        }
        assertSameBits(
          Matrix(rows: 1, columns: count, values: target), Matrix(rows: 1, columns: count, values: expected),
          "\(path.rawValue) subtractScaled, \(count) entries")
      }
    }
  }

  /// A few rows times a transposed B (a backward pass's G·Wᵀ) is computed as Cᵀ = W·Gᵀ with W
  /// read in place on the AVX paths: the same bits, overwriting or accumulating, with A given
  /// row by row or transposed, and with partial strips at every edge.
  func testAFewRowsTimesATransposedBKeepTheTripleLoopsBits() {
    var generator = SeededGenerator(seed: 97)
    for (m, k, n) in [(1, 5, 49), (32, 256, 256), (48, 130, 97), (29, 400, 70), (7, 3, 1100)] {
      let g = Matrix.randomNormal(rows: m, columns: k, using: &generator)
      let gTransposed = g.transposed()
      let w = Matrix.randomNormal(rows: n, columns: k, using: &generator)
      let start = Matrix.randomNormal(rows: m, columns: n, using: &generator)
      for overwrite in [true, false] {
        let expected = tripleLoop(m, n, k, from: overwrite ? Matrix.zeros(rows: m, columns: n) : start) {
          i, j, p in g[i, p] * w[j, p]
        }
        for path in KernelPath.available {
          for aTransposed in [false, true] {
            var c = start.values
            (aTransposed ? gTransposed : g).values.withUnsafeBufferPointer { aValues in
              w.values.withUnsafeBufferPointer { bValues in
                c.withUnsafeMutableBufferPointer { cValues in
                  path.kernels.multiplyAdd(
                    m, n, k, aValues.baseAddress!, aTransposed ? 1 : k, aTransposed ? m : 1, bValues.baseAddress!,
                    1, k, cValues.baseAddress!, n, overwrite)
                }
              }
            }
            assertSameBits(
              Matrix(rows: m, columns: n, values: c), expected,
              "\(path.rawValue) \(aTransposed ? "Gᵀᵀ" : "G")·Wᵀ \(m)×\(k)·\(k)×\(n), "
                + (overwrite ? "overwriting" : "accumulating"))
          }
        }
      }
    }
  }

  func testThePathIsChosenFromTheEnvironmentOrTheCPU() {
    XCTAssertEqual(KernelPath.chooseActive(requested: nil, available: [.portable, .avx2]), .avx2)
    XCTAssertEqual(KernelPath.chooseActive(requested: "", available: [.portable]), .portable)
    XCTAssertEqual(KernelPath.chooseActive(requested: "portable", available: [.portable, .avx2]), .portable)
    XCTAssertTrue(KernelPath.available.first == .portable, "the portable path always runs")
    #if !arch(x86_64)
      XCTAssertEqual(KernelPath.available, [.portable])
    #endif
  }

  func testCPUFeaturesAreReadFromTheFirstFlagsLine() {
    let text = """
      processor\t: 0
      flags\t\t: fpu sse2 avx avx2 fma bmi1 bmi2 f16c movbe abm xsave avx512f
      processor\t: 1
      flags\t\t: fpu
      """
    let features = CPUFeatures.fromCPUInfo(text)
    XCTAssertTrue(features.isSuperset(of: .x86_64v3), "\(features.names.sorted())")
    XCTAssertFalse(features.isSuperset(of: .x86_64v4), "avx512bw, cd, dq and vl are missing")
    XCTAssertEqual(CPUFeatures.fromCPUInfo("no flags here").names, [])
  }
}

/// Results written by concurrent tasks, each to its own slot, behind a lock.
private final class ConcurrentResults: @unchecked Sendable {
  private var values: [Matrix]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: Matrix.zeros(rows: 0, columns: 0), count: count) }

  func store(_ value: Matrix, at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    values[index] = value
  }

  func value(at index: Int) -> Matrix {
    lock.lock()
    defer { lock.unlock() }
    return values[index]
  }
}
