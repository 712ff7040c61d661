import WorkbookBasics

/// Note 002's running example: Stack Exchange posts tagged C, Java or Python, scored from
/// three features. Every number here is quoted from the notes; everything derived from them is
/// computed where it is printed.
enum StackExchange {
  /// The classes, in the notes' order (class numbers 0, 1, 2).
  static let classNames = ["C", "Java", "Python"]

  /// W, 3 features × 3 classes: column k holds class k's weights w₁ₖ, w₂ₖ, w₃ₖ.
  static let weights = Matrix([
    [0.2, 0.5, -0.1],
    [0.8, -0.4, 0.2],
    [-0.5, 0.3, 0.7],
  ])
  /// b, 1 × 3: b_C, b_Java, b_Python.
  static let bias = Matrix(row: [-0.1, 0.2, 0.1])
  /// The post's features x₁, x₂, x₃.
  static let post = Matrix(row: [1, 2, 0])
  /// The post's true class in the multi-class example: Python.
  static let postClass = 2
  /// Its true labels in the multi-label example: C and Python.
  static let postLabels = [0, 2]

  /// Three posts' predicted probabilities for C, Java, Python.
  static let batchProbabilities = Matrix([
    [0.2, 0.7, 0.1],
    [0.1, 0.8, 0.1],
    [0.2, 0.2, 0.6],
  ])
  /// The first list of classes printed under those probabilities: C, Java, Python.
  static let batchFirstList = [0, 1, 2]
  /// The second list: Java, Java, Python.
  static let batchSecondList = [1, 1, 2]
  /// The probabilities inside the notes' loss formula, −(1/3)[ln 0.2 + ln 0.8 + ln 0.6].
  static let batchLossTerms = [0.2, 0.8, 0.6]

  /// Three posts' logits for C, Java, Python.
  static let batchLogits = Matrix([
    [0.4967, -0.1383, 0.6477],
    [1.5230, -0.2342, -0.2341],
    [1.5792, 0.7674, -0.4695],
  ])
  /// The classes the notes predict from those logits: Python, C, C.
  static let notesLogitPredictions = [2, 0, 0]

  /// Multi-label: three posts' sigmoid probabilities for C, Java, Python.
  static let multiLabelProbabilities = Matrix([
    [0.85, 0.15, 0.65],
    [0.25, 0.70, 0.40],
    [0.30, 0.45, 0.80],
  ])
  /// The label sets the notes predict from those probabilities at 0.5.
  static let notesProbabilityLabelSets = [[0, 2], [1], [2]]

  /// Multi-label: three posts' logits for C, Java, Python.
  static let multiLabelLogits = Matrix([
    [2.0, -1.0, 0.5],
    [0.5, 1.5, 0.2],
    [-0.5, 0.3, 2.2],
  ])
  /// The label sets the notes predict from those logits at 0.
  static let notesLogitLabelSets = [[0, 2], [0, 1, 2], [1, 2]]

  /// "C, Python" for a set of class numbers ("none" for the empty set).
  static func names(_ classes: [Int]) -> String {
    classes.isEmpty ? "none" : classes.map { classNames[$0] }.joined(separator: ", ")
  }

  /// The class numbers marked 1 in each row of a 0/1 matrix.
  static func labelSets(_ labels: Matrix) -> [[Int]] {
    (0..<labels.rows).map { row in (0..<labels.columns).filter { labels[row, $0] == 1 } }
  }
}
