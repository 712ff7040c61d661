import WorkbookBasics
import WorkbookReference

/// Section 1: the digits drawn, the stratified split, and standardising on the training rows.
let dataSection = WalkthroughSection("The digits, split three ways") { page in
  let data = try CapstoneData.load()
  let digits = data.digits
  page.paragraph(
    """
    The capstone puts the course together on the \(digits.count) handwritten digits bundled \
    with the workbook (the UCI digits, as scikit-learn ships them): each is an 8×8 grid of grey \
    levels from 0 to 16, which the workbook divides by 16. The first digit of each class in the \
    file:
    """)
  let firsts = (0..<10).compactMap { label in digits.classes.firstIndex(of: label) }
  page.images(
    firsts.map { GreyscaleImage(row: digits.features.row($0), width: 8, maximum: 1) },
    captions: firsts.map { "digit \(digits.classes[$0]), row \($0)" })
  page.line()
  let sets = [("training", data.split.training), ("validation", data.split.validation), ("test", data.split.test)]
  page.paragraph(
    """
    Three sets, as in Lesson 8: the network learns from the training set, every choice (the \
    epoch to stop at, the model to keep) is made on the validation set, and the test set is \
    scored once, at the end. The split is stratified: each class is shuffled (seed \
    \(CapstoneData.splitSeed)) and cut \(formatPercent(1 - CapstoneData.validationFraction - CapstoneData.testFraction, decimals: 0)) / \
    \(formatPercent(CapstoneData.validationFraction, decimals: 0)) / \(formatPercent(CapstoneData.testFraction, decimals: 0)) on its own, so every set holds each digit in nearly the \
    same proportion as the whole file (checked below):
    """)
  var rows = [[String]]()
  var worstGap = 0.0
  for label in 0..<10 {
    let overall = Double(digits.classes.filter { $0 == label }.count) / Double(digits.count)
    var row = ["\(label)", "\(digits.classes.filter { $0 == label }.count)"]
    for (_, members) in sets {
      let count = members.filter { digits.classes[$0] == label }.count
      worstGap = max(worstGap, abs(Double(count) / Double(members.count) - overall))
      row.append("\(count)")
    }
    rows.append(row)
  }
  rows.append(["all", "\(digits.count)"] + sets.map { "\($0.1.count)" })
  page.table(TextTable(headers: ["digit", "in the file", "training", "validation", "test"], rows: rows))
  page.line()
  let everyRow = Set(sets.flatMap(\.1))
  page.check(
    "the sets are disjoint and hold every digit once",
    holds: everyRow.count == digits.count && sets.reduce(0) { $0 + $1.1.count } == digits.count,
    detail: sets.map { "\($0.1.count) \($0.0)" }.joined(separator: " + ") + " = \(digits.count)")
  page.check(
    "each digit's share of each set is within 0.5 percentage points of its share of the file",
    holds: worstGap < 0.005, detail: "largest gap \(formatNumber(worstGap * 100, decimals: 2)) points")
  page.line()
  // Standardising: fitted on the training rows only.
  let trainPixels = digits.features.rows(at: data.split.training)
  let constant = (0..<64).filter { column in
    let values = trainPixels.column(column).values
    return values.min() == values.max()
  }
  let trainingMeans = data.trainX.mean(axis: 0)
  let largestTrainingMean = trainingMeans.values.map(abs).max() ?? 0
  let ownMeans = trainPixels.mean(axis: 0)
  let allMeans = digits.features.mean(axis: 0)
  let gapToAll = (data.standardizer.means - allMeans).values.map(abs).max() ?? 0
  page.paragraph(
    """
    Each pixel is then standardised, (x − μ)/σ, with μ and σ measured on the training rows \
    alone and applied unchanged to the validation and test rows: they stand for digits the \
    network has never seen, so nothing about them may shape the model, not even a mean. \
    \(constant.count) pixels (\(constant.map { "row \($0 / 8 + 1) column \($0 % 8 + 1)" }.joined(separator: ", "))) are \
    0 in every training digit; the standardiser gives them σ = 1, so they stay 0 instead of \
    dividing by zero.
    """)
  page.check(
    "the standardiser's means are the training rows' own, not those of all \(digits.count) digits",
    holds: data.standardizer.means == ownMeans && gapToAll > 1e-3,
    detail: "they differ from the means over all \(digits.count) digits by up to \(formatNumber(gapToAll))")
  page.check(
    "every training column has mean 0 after standardising",
    holds: largestTrainingMean < 1e-12, detail: "largest |mean| \(formatScientific(largestTrainingMean))")
}
