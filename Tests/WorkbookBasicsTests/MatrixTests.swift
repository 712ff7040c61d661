import WorkbookBasics
import XCTest

final class MatrixTests: XCTestCase {
  func testShapeAndSubscripts() {
    var A = Matrix([[1, 2, 3], [4, 5, 6]])
    XCTAssertEqual(A.rows, 2)
    XCTAssertEqual(A.columns, 3)
    XCTAssertEqual(A.shapeDescription, "2×3")
    XCTAssertEqual(A[1, 2], 6)
    A[0, 1] = 9
    XCTAssertEqual(A.values, [1, 9, 3, 4, 5, 6])
  }

  func testFactories() {
    XCTAssertEqual(Matrix.zeros(rows: 2, columns: 2).values, [0, 0, 0, 0])
    XCTAssertEqual(Matrix.ones(rows: 1, columns: 3).values, [1, 1, 1])
    XCTAssertEqual(Matrix.identity(2).values, [1, 0, 0, 1])
    XCTAssertEqual(Matrix(column: [1, 2]).shapeDescription, "2×1")
    XCTAssertEqual(Matrix(row: [1, 2]).shapeDescription, "1×2")
  }

  /// [[1, 2, 3], [4, 5, 6]] · [[7, 8], [9, 10], [11, 12]]:
  /// row 1: 7 + 18 + 33 = 58, 8 + 20 + 36 = 64; row 2: 28 + 45 + 66 = 139, 32 + 50 + 72 = 154.
  func testMatmulAgainstHandComputedProduct() {
    let A = Matrix([[1, 2, 3], [4, 5, 6]])
    let B = Matrix([[7, 8], [9, 10], [11, 12]])
    XCTAssertEqual(A.matmul(B), Matrix([[58, 64], [139, 154]]))
  }

  func testMatmulByIdentityAndTranspose() {
    var generator = SeededGenerator(seed: 1)
    let A = Matrix.randomNormal(rows: 4, columns: 3, using: &generator)
    XCTAssertEqual(A.matmul(.identity(3)), A)
    XCTAssertEqual(A.transposed().transposed(), A)
    XCTAssertEqual(A.transposed()[2, 1], A[1, 2])
    // (AB)ᵀ = BᵀAᵀ
    let B = Matrix.randomNormal(rows: 3, columns: 2, using: &generator)
    XCTAssertLessThan(relativeError(A.matmul(B).transposed(), B.transposed().matmul(A.transposed())), 1e-15)
  }

  func testDotProductOfVectors() {
    XCTAssertEqual(Matrix(row: [1, 2, 3]).dot(Matrix(column: [4, 5, 6])), 32)
  }

  func testElementwiseArithmetic() {
    let A = Matrix([[1, 2], [3, 4]])
    let B = Matrix([[10, 20], [30, 40]])
    XCTAssertEqual((A + B).values, [11, 22, 33, 44])
    XCTAssertEqual((B - A).values, [9, 18, 27, 36])
    XCTAssertEqual((A * B).values, [10, 40, 90, 160])
    XCTAssertEqual((B / A).values, [10, 10, 10, 10])
    XCTAssertEqual((2 * A - 1).values, [1, 3, 5, 7])
    XCTAssertEqual((1 / A).values, [1, 0.5, 1.0 / 3, 0.25])
    XCTAssertEqual((-A).values, [-1, -2, -3, -4])
    var C = A
    C += B
    C *= 2
    XCTAssertEqual(C.values, [22, 44, 66, 88])
  }

  func testBroadcastsRowColumnAndSingleEntry() {
    let A = Matrix([[1, 2, 3], [4, 5, 6]])
    XCTAssertEqual((A + Matrix(row: [10, 20, 30])).values, [11, 22, 33, 14, 25, 36])
    XCTAssertEqual((A - Matrix(column: [1, 4])).values, [0, 1, 2, 0, 1, 2])
    XCTAssertEqual((Matrix([[100]]) + A).values, [101, 102, 103, 104, 105, 106])
    XCTAssertEqual((Matrix(row: [1, 2, 3]) * A).values, [1, 4, 9, 4, 10, 18])
  }

  func testReductions() {
    let A = Matrix([[1, 2, 3], [4, 5, 6]])
    XCTAssertEqual(A.sum(), 21)
    XCTAssertEqual(A.mean(), 3.5)
    XCTAssertEqual(A.sum(axis: 0), Matrix(row: [5, 7, 9]))
    XCTAssertEqual(A.sum(axis: 1), Matrix(column: [6, 15]))
    XCTAssertEqual(A.mean(axis: 0), Matrix(row: [2.5, 3.5, 4.5]))
    XCTAssertEqual(A.mean(axis: 1), Matrix(column: [2, 5]))
    XCTAssertEqual(A.max(), 6)
    XCTAssertEqual(A.min(), 1)
    XCTAssertTrue(A.isFinite)
    XCTAssertFalse(Matrix([[1, .nan]]).isFinite)
  }

  func testSlicingAndStacking() {
    let A = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    XCTAssertEqual(A.rows(at: [2, 0]), Matrix([[7, 8, 9], [1, 2, 3]]))
    XCTAssertEqual(A.rows(in: 1..<3), Matrix([[4, 5, 6], [7, 8, 9]]))
    XCTAssertEqual(A.columns(in: 1..<3), Matrix([[2, 3], [5, 6], [8, 9]]))
    XCTAssertEqual(A.row(1), Matrix(row: [4, 5, 6]))
    XCTAssertEqual(A.column(0), Matrix(column: [1, 4, 7]))
    XCTAssertEqual(
      Matrix.hstack([Matrix.ones(rows: 3, columns: 1), A.column(2)]), Matrix([[1, 3], [1, 6], [1, 9]]))
    XCTAssertEqual(A.map { $0 * $0 }.values.last, 81)
    XCTAssertEqual(
      Matrix.vstack([A.row(2), Matrix([[0, 0, 1], [1, 0, 0]])]), Matrix([[7, 8, 9], [0, 0, 1], [1, 0, 0]]))
  }

  /// The core and its kernels are compiled with -O in every configuration. Measured on the
  /// 2-core CI machine in a debug build: 10–20 GFLOP/s for a 256×256 product on the portable
  /// path (the slowest), against 0.32 GFLOP/s for the old unoptimised loop. The floor of 1 sits
  /// 10× under the first (room for a busy machine), so losing the flag fails this test.
  func testMatmulIsCompiledOptimised() {
    var generator = SeededGenerator(seed: 7)
    let A = Matrix.randomNormal(rows: 256, columns: 256, using: &generator)
    let B = Matrix.randomNormal(rows: 256, columns: 256, using: &generator)
    _ = A.matmul(B)
    let repeats = 10
    let start = DispatchTime.now().uptimeNanoseconds
    var checksum = 0.0
    for _ in 0..<repeats { checksum += A.matmul(B)[0, 0] }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let gigaflops = Double(repeats) * 2 * 256 * 256 * 256 / seconds / 1e9
    print("matmul 256×256: \(formatNumber(gigaflops, decimals: 2)) GFLOP/s (checksum \(formatNumber(checksum)))")
    XCTAssertGreaterThan(
      gigaflops, 1, "matmul ran at \(gigaflops) GFLOP/s: is the library still compiled with -O in debug builds?")
  }

  /// np.var([[1, 2], [3, 6]], axis=0) = [1, 4]; axis=1 gives [0.25, 2.25].
  func testVarianceAlongAnAxisDividesByTheCount() {
    let A = Matrix([[1, 2], [3, 6]])
    XCTAssertEqual(A.variance(axis: 0).values, [1, 4])
    XCTAssertEqual(A.variance(axis: 1).values, [0.25, 2.25])
    XCTAssertEqual(A.variance(axis: 1).columns, 1)
  }
}
