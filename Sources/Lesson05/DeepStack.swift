import WorkbookBasics
import WorkbookReference

/// The widths of a deep network of `depth` dense layers: `inputs` → width → … → width →
/// `outputs`, for `Sequential(denseSizes:…)`.
func deepSizes(inputs: Int, width: Int, outputs: Int, depth: Int) -> [Int] {
  [inputs] + Array(repeating: width, count: depth - 1) + [outputs]
}
