import WorkbookBasics
import WorkbookReference

/// Section 1: note 004's machine-learning process, and the three sets on the digits.
let processSection = WalkthroughSection("Training, validation and test data") { page in
  let digits = try BundledDataset.digits.load()
  let rows = digits.features.rows
  let testRows = rows / 5
  let validationRows = (rows - testRows) / 5
  let trainingRows = rows - testRows - validationRows
  page.paragraph(
    """
    A model is judged by how well it does on examples it has not seen, and the usual process \
    splits the data three ways. Note 004 names the training and test sets, and its figure of \
    training against validation error shows the third. The training set is what the \
    parameters are fitted to. The validation \
    set is for choices the fitting does not make: the degree of a polynomial, a network's \
    width, λ, the epoch to stop at. The test set is used once, at the very end, to report \
    the result. Choosing anything by the test score turns the test set into a second \
    validation set, and the reported score is then too optimistic.
    """)
  page.paragraph("For the \(rows) digits, a fifth held out for testing and a fifth of the rest for validation:")
  page.table(
    TextTable(
      headers: ["set", "rows", "used for"],
      rows: [
        ["training", "\(trainingRows)", "fitting the weights"],
        ["validation", "\(validationRows)", "choosing the model and its settings"],
        ["test", "\(testRows)", "one final score"],
      ]))
  page.line()
  page.paragraph(
    """
    Sections 4 to 6 want a network that overfits, so they use a much smaller slice of \
    another shuffle: \(OverfittingTask.trainingRows) training digits, \
    \(OverfittingTask.heldOutRows) for validation and \(OverfittingTask.heldOutRows) for testing.
    """)
  page.paragraph(
    """
    With little data, holding out a validation set wastes examples. Cross-validation, which \
    note 004 names without giving a method, reuses them; its usual form is k-fold: cut the \
    training data into k folds, train k times with each fold held out once, and average the \
    k validation scores. The library's kFoldSplits and \
    stratifiedKFoldSplits make the folds; exercise 8.5 has you build plain k-fold \
    indices yourself.
    """)
  page.check(
    "the three sets add up to the whole data", holds: trainingRows + validationRows + testRows == rows,
    detail: "\(trainingRows) + \(validationRows) + \(testRows) = \(rows)")
}
