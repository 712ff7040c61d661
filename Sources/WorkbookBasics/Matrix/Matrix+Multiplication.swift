/// The matrix product, the transpose and the dot product of vectors.
///
/// The product is the workbook's hottest loop: it runs in the kernel of WorkbookKernels (on the
/// widest path the CPU has, `KernelPath`), which reads transposed operands in place.
extension Matrix {
  /// The matrix product, numpy's `self @ other`.
  ///
  /// ```
  /// (A·B)[i, j] = Σₚ A[i, p] · B[p, j]
  /// ```
  /// - Parameter other: a k × n matrix when `self` is m × k.
  /// - Returns: the m × n product.
  /// - Precondition: `self.columns == other.rows`.
  public func matmul(_ other: Matrix) -> Matrix { matmul(other, using: .active) }

  /// The matrix product on a chosen kernel path, for benchmarks and for tests that compare the
  /// paths; `matmul(_:)` uses `KernelPath.active`.
  /// - Parameters:
  ///   - other: a k × n matrix when `self` is m × k.
  ///   - path: one of `KernelPath.available`.
  /// - Returns: the m × n product, the same bits on every path.
  public func matmul(_ other: Matrix, using path: KernelPath) -> Matrix {
    require(
      KernelPath.available.contains(path),
      "matmul: this CPU cannot run the \(path.rawValue) kernel; it can run "
        + KernelPath.available.map(\.rawValue).joined(separator: ", "))
    require(
      columns == other.rows,
      "matmul: \(shapeDescription) · \(other.shapeDescription) — inner sizes \(columns) and \(other.rows) differ")
    // A matrix times one column (X·w, the usual case in linear and logistic regression): a
    // dot product per row, which a tiled kernel would pad to a whole tile of columns.
    if other.columns == 1 { return matrixTimesColumn(other) }
    return Self.product(
      rows: rows, columns: other.columns, depth: columns, self, rowStride: columns, columnStride: 1, other,
      rowStride: other.columns, columnStride: 1, path: path)
  }

  /// Aᵀ·B without copying the transpose, numpy's `A.T @ B` (a backward pass's Xᵀ·G).
  /// - Parameter other: a k × n matrix when `self` is k × m.
  /// - Returns: the m × n product, the same bits as `transposed().matmul(other)`.
  /// - Precondition: `self.rows == other.rows`.
  public func transposedMatmul(_ other: Matrix) -> Matrix {
    require(
      rows == other.rows,
      "transposedMatmul: \(shapeDescription)ᵀ · \(other.shapeDescription) — inner sizes \(rows) and "
        + "\(other.rows) differ")
    return Self.product(
      rows: columns, columns: other.columns, depth: rows, self, rowStride: 1, columnStride: columns, other,
      rowStride: other.columns, columnStride: 1)
  }

  /// A·Bᵀ without copying the transpose, numpy's `A @ B.T` (a backward pass's G·Wᵀ).
  /// - Parameter other: an n × k matrix when `self` is m × k.
  /// - Returns: the m × n product, the same bits as `matmul(other.transposed())`.
  /// - Precondition: `self.columns == other.columns`.
  public func matmulTransposed(_ other: Matrix) -> Matrix {
    require(
      columns == other.columns,
      "matmulTransposed: \(shapeDescription) · \(other.shapeDescription)ᵀ — inner sizes \(columns) and "
        + "\(other.columns) differ")
    return Self.product(
      rows: rows, columns: other.rows, depth: columns, self, rowStride: columns, columnStride: 1, other,
      rowStride: 1, columnStride: other.columns)
  }

  /// The rows × columns product of `a` (rows × depth, read through its strides) and `b`
  /// (depth × columns), on kernel `path`.
  private static func product(
    rows: Int, columns: Int, depth: Int, _ a: Matrix, rowStride aRowStride: Int, columnStride aColumnStride: Int,
    _ b: Matrix, rowStride bRowStride: Int, columnStride bColumnStride: Int, path: KernelPath = .active
  ) -> Matrix {
    let count = entryCount(rows: rows, columns: columns, "matmul")
    // An empty inner size gives a product of zeros; otherwise the kernel writes every entry,
    // so the result needs no zeroing first.
    guard depth > 0 else { return .zeros(rows: rows, columns: columns) }
    let result = [Double](unsafeUninitializedCapacity: count) { c, initialized in
      a.values.withUnsafeBufferPointer { aValues in
        b.values.withUnsafeBufferPointer { bValues in
          if let aBase = aValues.baseAddress, let bBase = bValues.baseAddress, let cBase = c.baseAddress {
            path.kernels.multiplyAdd(
              rows, columns, depth, aBase, aRowStride, aColumnStride, bBase, bRowStride, bColumnStride, cBase,
              columns, true)
          }
        }
      }
      initialized = count
    }
    return Matrix(rows: rows, columns: columns, values: result)
  }

  /// `self` times a k × 1 column: one dot product per row, summed in order (the same bits as
  /// the kernel, which sums every entry over p in order too).
  private func matrixTimesColumn(_ column: Matrix) -> Matrix {
    let (m, k) = (rows, columns)
    var result = [Double](repeating: 0, count: m)
    values.withUnsafeBufferPointer { a in
      column.values.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { c in
          guard let aBase = a.baseAddress, let bBase = b.baseAddress, let cBase = c.baseAddress else { return }
          for i in 0..<m {
            let aRow = aBase + i * k
            var sum = 0.0
            for p in 0..<k { sum += aRow[p] * bBase[p] }
            cBase[i] = sum
          }
        }
      }
    }
    return Matrix(rows: m, columns: 1, values: result)
  }

  /// The transpose, numpy's `.T`: row i becomes column i.
  /// - Returns: an n × m matrix when `self` is m × n.
  public func transposed() -> Matrix {
    var result = [Double](repeating: 0, count: count)
    values.withUnsafeBufferPointer { a in
      result.withUnsafeMutableBufferPointer { t in
        for i in 0..<rows {
          for j in 0..<columns { t[j * rows + i] = a[i * columns + j] }
        }
      }
    }
    return Matrix(rows: columns, columns: rows, values: result)
  }

  /// The dot product of two vectors (1 × n or n × 1, in any mix), numpy's `np.dot(u, v)`.
  ///
  /// ```
  /// u · v = Σᵢ uᵢ vᵢ
  /// ```
  /// - Parameter other: a vector with as many entries as `self`.
  /// - Precondition: both are vectors of the same length.
  public func dot(_ other: Matrix) -> Double {
    let bothVectors = (rows == 1 || columns == 1) && (other.rows == 1 || other.columns == 1)
    require(
      bothVectors && count == other.count,
      "dot: \(shapeDescription) · \(other.shapeDescription) — needs two vectors of the same length")
    var sum = 0.0
    values.withUnsafeBufferPointer { u in
      other.values.withUnsafeBufferPointer { v in
        for index in 0..<u.count { sum += u[index] * v[index] }
      }
    }
    return sum
  }
}
