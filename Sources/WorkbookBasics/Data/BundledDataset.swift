import Foundation

/// The small real data sets shipped inside the package (see `Datasets/README.md` for where
/// each comes from and its terms).
public enum BundledDataset: String, CaseIterable, Sendable {
  /// Boston house prices, 506 × 13 → MEDV. Kept only to reproduce the course notes; see `caveat`.
  case boston
  /// Diabetes progression, 442 × 10 → a disease-progression score (raw, unscaled features).
  case diabetes
  /// Breast cancer Wisconsin (diagnostic), 569 × 30 → 0 = malignant, 1 = benign.
  case breastCancer
  /// Handwritten digits, 1797 images of 8 × 8 pixels (each 0–16) → the digit 0–9.
  case digits

  /// The CSV file's name inside the bundle.
  public var fileName: String {
    switch self {
    case .breastCancer: return "breast_cancer.csv"
    default: return "\(rawValue).csv"
    }
  }

  /// A readable name.
  public var displayName: String {
    switch self {
    case .boston: return "Boston housing"
    case .diabetes: return "Diabetes"
    case .breastCancer: return "Breast cancer Wisconsin"
    case .digits: return "Handwritten digits"
    }
  }

  /// The note to print whenever the data set is used.
  public var caveat: String? {
    switch self {
    case .boston:
      return """
        About this data: the Boston housing set (Harrison & Rubinfeld, 1978) includes a feature B \
        computed from the proportion of Black residents per town, built on the assumption that \
        racial segregation raises house prices. scikit-learn removed the set for this reason. \
        The workbook uses it only to reproduce the course notes' numbers; for other regression \
        work use the diabetes set.
        """
    case .diabetes, .digits:
      return nil
    case .breastCancer:
      return """
        About the labels: this file follows scikit-learn and codes 0 = malignant, 1 = benign, so \
        a model's p̂ = P(y = 1 | x) is the probability of *benign*. Many texts call the disease the \
        positive class; use 1 − y to get that coding.
        """
    }
  }

  /// Loads the data set from the package's resources.
  /// - Throws: `CSVError` if the bundled file is missing or damaged.
  public func load() throws -> Dataset {
    Dataset(name: displayName, table: try CSVTable(contentsOf: try Self.resource(fileName)), caveat: caveat)
  }

  /// The train/test split used by the book the notes follow (Weidman, ch. 2): scikit-learn's
  /// `train_test_split(test_size=0.3, random_state=80718)` on the 506 Boston rows, as listed
  /// in `boston_split_80718.csv` (test rows first).
  /// - Returns: 152 test indices and 354 train indices, 0-based, in the book's order.
  /// - Throws: `CSVError` if the file is missing or not the expected 506 indices.
  public static func bostonBookSplit() throws -> Split {
    let fileName = "boston_split_80718.csv"
    let records = try CSVRecords(parsing: try CSVRecords.readText(of: try resource(fileName)), source: fileName)
    guard records.header == ["row", "split"] else {
      throw CSVError(
        file: fileName, line: 1, column: nil, reason: "expected the header row,split, found \(records.header)")
    }
    var (train, test) = ([Int](), [Int]())
    for row in records.rows {
      guard let index = Int(row.fields[0]), (0..<506).contains(index) else {
        throw CSVError(
          file: fileName, line: row.line, column: 1, reason: "\"\(row.fields[0])\" is not a row index in 0..<506")
      }
      switch row.fields[1] {
      case "test": test.append(index)
      case "train": train.append(index)
      default:
        throw CSVError(
          file: fileName, line: row.line, column: 2, reason: "\"\(row.fields[1])\" is neither test nor train")
      }
    }
    return Split(train: train, test: test)
  }

  private static func resource(_ fileName: String) throws -> URL {
    let name = (fileName as NSString).deletingPathExtension
    guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Datasets") else {
      throw CSVError(
        file: fileName, line: 0, column: nil,
        reason: "not found among the package's resources (Sources/WorkbookBasics/Datasets)")
    }
    return url
  }
}
