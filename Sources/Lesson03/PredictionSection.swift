import WorkbookBasics
import WorkbookReference

/// Section 4: predicted classes from note 002's three logit vectors.
let predictionSection = WalkthroughSection("Predicting the class: argmax") { page in
  let names = StackExchange.classNames
  let Z = StackExchange.batchLogits
  page.paragraph(
    """
    Can we name the predicted class from the logits alone, without the softmax? Yes: e^z \
    grows with z and the softmax divides every entry of a row by the same total, so the \
    largest logit always becomes the largest probability. Note 002's three posts:
    """)
  let P = softmax(Z)
  let predicted = argmaxPerRow(Z)
  let rows = (0..<Z.rows).map { post -> [String] in
    ["post \(post + 1)", formatTuple(Z.row(post)), formatTuple(P.row(post)), names[predicted[post]]]
  }
  page.table(TextTable(headers: ["", "logits z", "softmax(z)", "argmax"], rows: rows))
  page.line()
  page.check(
    "argmax of the logits = argmax of the probabilities, for every post", holds: argmaxPerRow(P) == predicted,
    detail: StackExchange.names(argmaxPerRow(P)))
  page.check(
    "the note's answers (\(StackExchange.names(StackExchange.notesLogitPredictions))) are right",
    holds: predicted == StackExchange.notesLogitPredictions, detail: StackExchange.names(predicted))
  page.line()
  let gap = Z[1, 2] - Z[1, 1]
  page.paragraph(
    """
    Post 2's Java and Python logits differ by only \(formatFixed(gap)); that near-tie does \
    not matter, because C is well ahead of both. An exact tie needs a rule: the workbook, \
    like numpy's argmax, takes the first of the tied classes.
    """)
  page.check(
    "a tie goes to the first class", holds: argmaxPerRow(Matrix(row: [0.5, 2, 2])) == [1],
    detail: "argmax(0.5, 2, 2) = 1 (\(names[1]))")
}
