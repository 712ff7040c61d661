import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 4: note 002's worked example, with the right loss and the erratum.
let oneEmailSection = WalkthroughSection("One email, worked by hand (note 002)") { page in
  let (w, b, x, y) = (NotesEmail.w, NotesEmail.b, NotesEmail.x, NotesEmail.y)
  page.paragraph(
    """
    Note 002 scores one email with w = \(formatTuple(w, decimals: 1)), \
    b = \(formatNumber(b[0, 0], decimals: 1)) and features x = \(formatTuple(x, decimals: 0)). \
    Its label is y = \(formatNumber(y[0, 0], decimals: 0)): not spam.
    """)
  let products = (0..<w.rows).map { x[0, $0] * w[$0, 0] }
  let z = (x.matmul(w) + b)[0, 0]
  let signed = { (value: Double) in
    value < 0 ? "(\(formatNumber(value, decimals: 1)))" : formatNumber(value, decimals: 1)
  }
  page.line(
    "  z = "
      + (0..<w.rows).map { "\(signed(w[$0, 0]))·\(formatNumber(x[0, $0], decimals: 0))" }
      .joined(separator: " + ") + " + \(signed(b[0, 0]))")
  page.line(
    "    = " + products.map { formatNumber($0, decimals: 1) }.joined(separator: " + ")
      + " − \(formatNumber(-b[0, 0], decimals: 1)) = \(formatNumber(z))")
  let p = sigmoid(z)
  page.value("p̂ = σ(z) = 1 / (1 + e^(−\(formatNumber(z, decimals: 1))))", p)
  page.paragraph(
    """

    The binary cross-entropy of one example is L = −[y·ln p̂ + (1 − y)·ln(1 − p̂)]. One of the \
    two terms is always zero: for y = 1 it is −ln p̂, for y = 0 it is −ln(1 − p̂). Here y = 0, \
    so the loss is the surprise of the model at "not spam":
    """)
  let loss = -log(1 - p)
  page.value("L = −ln(1 − p̂) = −ln(\(formatNumber(1 - p)))", loss)
  let library = binaryCrossEntropy(logits: Matrix([[z]]), labels: y)
  page.check(
    "the library's cross-entropy (from the logit) agrees", holds: relativeError(loss, library) < 1e-14,
    detail: formatNumber(library))
  page.line()
  // The values note 002 prints for this example, quoted for comparison.
  let (notesProbability, notesLoss) = (0.75, 0.2877)
  let lossIfSpam = -log(notesProbability)
  page.value("−ln(\(formatNumber(notesProbability, decimals: 2))), the loss as if y were 1", lossIfSpam)
  page.value("−ln(\(formatNumber(p))), the same with the unrounded p̂", -log(p))
  page.errata(
    """
    Note 002 prints L(0, 0.75) ≈ \(formatNumber(notesLoss)). With y = 0 the loss is \
    −ln(1 − p̂) = \(formatNumber(loss)). The note's number is −ln(0.75) = \
    \(formatNumber(lossIfSpam)): the y = 1 term, −ln p̂, evaluated at the rounded p̂. The model \
    gives this "not spam" email a \(formatNumber(100 * p, decimals: 1))% chance of being spam, \
    so a large loss is right.
    """)
}
