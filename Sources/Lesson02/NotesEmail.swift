import WorkbookBasics

/// The example that note 002 works by hand: one email, three features, labelled "not spam".
enum NotesEmail {
  /// w = (0.2, 0.5, −0.3), as a column.
  static let w = Matrix(column: [0.2, 0.5, -0.3])
  /// b = −0.1.
  static let b = Matrix([[-0.1]])
  /// x = (1, 2, 0), as a row: one example.
  static let x = Matrix([[1, 2, 0]])
  /// y = 0: not spam.
  static let y = Matrix([[0]])
}
