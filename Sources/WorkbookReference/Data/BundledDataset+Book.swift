import WorkbookBasics

/// The Boston data prepared exactly as in the book the notes follow (Weidman, ch. 2).
extension BundledDataset {
  /// Boston with every feature standardised on all 506 rows (the book's `StandardScaler`), then
  /// cut by the book's split into 354 training and 152 test rows.
  ///
  /// Scaling on all rows lets the test rows shape the scaling: a small leak that the book
  /// accepts. It is reproduced here so the numbers match the notes.
  /// - Parameter adjust: a change to the raw data before scaling (e.g. restoring the old copy's
  ///   value of one entry, to see how much it matters); none by default.
  /// - Throws: `CSVError` if a bundled file is missing or damaged.
  public static func bostonAsInTheBook(
    adjusting adjust: (inout Dataset) -> Void = { _ in }
  ) throws -> (train: Dataset, test: Dataset) {
    var boston = try BundledDataset.boston.load()
    let rows = boston.count
    adjust(&boston)
    require(
      boston.count == rows,
      "bostonAsInTheBook: the adjusting closure changed the number of rows from \(rows) to \(boston.count); "
        + "the book's split numbers all \(rows) rows, so change values, not rows")
    boston.features = Standardizer(fittedTo: boston.features).transform(boston.features)
    let split = try bostonBookSplit()
    return (boston.subset(split.train), boston.subset(split.test))
  }
}
