import WorkbookBasics
import WorkbookReference

/// Section 9: note 002's summary table of output layers and losses, with this course's examples.
let summarySection = WalkthroughSection("Which output layer, which loss") { page in
  let boston = try BundledDataset.boston.load()
  let cancer = try BundledDataset.breastCancer.load()
  let digits = try BundledDataset.digits.load()
  let digitClasses = Set(digits.targets.values).count
  let cancerClasses = Set(cancer.targets.values).count
  let tags = StackExchange.classNames.count
  page.paragraph(
    """
    Everything before the output layer (how many inputs, hidden layers and neurons, which \
    hidden activation) depends on the problem and is tuned. The output end is fixed by the \
    kind of target. Note 002's summary, with an example from this course in each column \
    (the neuron counts are read from the data):
    """)
  page.table(
    TextTable(
      headers: ["", "regression", "binary", "multi-class", "multi-label"],
      rows: [
        ["example", "Boston prices", "breast cancer", "digits", "post tags"],
        [
          "output neurons", "\(boston.targets.columns)", "1 (\(cancerClasses) classes)",
          "K = \(digitClasses)", "K = \(tags)",
        ],
        ["activation", "none", "sigmoid", "softmax", "sigmoid"],
        ["loss", "MSE", "binary CE", "cross-entropy", "BCE, summed"],
        ["prediction", "the output", "z ≥ 0", "argmax z", "each z ≥ 0"],
        ["dJ/dz at output", "(2/m)(p − y)", "(a − y)/m", "(p̂ − y)/m", "(a − y)/m"],
      ]))
  page.line()
  page.paragraph(
    """
    Binary classification can also use two softmax outputs with the cross-entropy (section 5 \
    showed it is the same model), which is why the note writes "One (Two)" and \
    "Sigmoid (Softmax)" in that column. The last row is the pattern worth remembering: with \
    the matching loss, the gradient at the output layer's logits is always prediction minus \
    target, over m (twice that for the mean squared error).
    """)
}
