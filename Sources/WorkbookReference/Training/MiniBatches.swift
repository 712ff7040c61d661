import WorkbookBasics

/// Cuts an epoch's order of rows into consecutive mini-batches of `size` rows; the last batch
/// is smaller when `size` does not divide the count.
///
/// ```
/// miniBatches(of: [4, 0, 2, 1, 3], size: 2)  // [[4, 0], [2, 1], [3]]
/// ```
/// - Parameters:
///   - order: the row indices in the order this epoch visits them.
///   - size: rows per batch (m for batch gradient descent, 1 for stochastic).
public func miniBatches(of order: [Int], size: Int) -> [[Int]] {
  require(size > 0, "miniBatches: the batch size must be positive, got \(size)")
  return stride(from: 0, to: order.count, by: size).map { start in
    Array(order[start..<Swift.min(start + size, order.count)])
  }
}
