/// Small graphs of Values that the lessons and their tests both use, with their inner nodes
/// named for printing.
public enum ValueExamples {
  /// J = a·b + a·c + a: a reaches J along three paths, so dJ/da = b + c + 1.
  /// - Returns: J; its inner nodes are labelled "a·b", "a·c", "a·b + a·c" and J "J".
  public static func threePaths(_ a: Value, _ b: Value, _ c: Value) -> Value {
    let ab = a * b
    ab.label = "a·b"
    let ac = a * c
    ac.label = "a·c"
    let sum = ab + ac
    sum.label = "a·b + a·c"
    let J = sum + a
    J.label = "J"
    return J
  }
}
