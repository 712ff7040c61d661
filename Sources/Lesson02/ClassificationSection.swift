import WorkbookBasics

/// Section 1: classification vs regression, structured vs unstructured data, and the notation.
let classificationSection = WalkthroughSection("Classification, and the data it starts from") { page in
  page.paragraph(
    """
    Lesson 1 predicted a number: a house price. That is regression. This lesson predicts one of \
    two classes: spam or not, malignant or benign, cat or no cat. That is binary \
    classification, and the model answers with a probability, p̂ = P(y = 1 | x).
    """)
  let cancer = try BundledDataset.breastCancer.load()
  let shown = 4
  page.paragraph(
    """
    Data comes in two kinds. Structured data is a table whose columns each mean something. The \
    breast cancer set of section 10 is one: \(cancer.count) tumours, \
    \(cancer.featureNames.count) named measurements each. Here are the first \(shown) columns \
    of its first row:
    """)
  page.table(
    TextTable(
      headers: Array(cancer.featureNames.prefix(shown)),
      rows: [(0..<shown).map { formatNumber(cancer.features[0, $0]) }]))
  page.line()
  let (height, width, channels) = (64, 64, 3)
  let image = (0..<height).map { row in
    (0..<width).map { column in [(row * 4) % 256, (column * 4) % 256, ((row + column) * 2) % 256] }
  }
  let flattened = image.flatMap { $0.flatMap { $0 } }
  page.paragraph(
    """
    Unstructured data (images, sound, free text) has no named columns. A network still needs a \
    vector of numbers, so an image is unrolled: a \(height)×\(width) colour picture holds \
    \(height)×\(width)×\(channels) intensities (red, green and blue for each pixel), and laying \
    them out one after another gives a single column of n_x numbers. For a made-up \
    \(height)×\(width) image:
    """)
  page.line("  pixels [row][column][channel]: \(image.count) × \(image[0].count) × \(image[0][0].count)")
  page.line("  unrolled: n_x = \(flattened.count) numbers, starting \(flattened.prefix(6).map(String.init))")
  page.check(
    "n_x is height × width × channels", holds: flattened.count == height * width * channels,
    detail: "\(height)·\(width)·\(channels) = \(height * width * channels)")
  page.line()
  page.paragraph(
    """
    Notation. Note 003, like Andrew Ng's course, stacks the m training examples as the columns \
    of X, so X is n_x × m and the labels Y are a 1 × m row. The workbook keeps Lesson 1's \
    layout, one example per row, which is how the data files and numpy code arrange it. Every \
    formula translates by transposing:
    """)
  page.table(
    TextTable(
      headers: ["", "note 003 (examples as columns)", "this workbook (as rows)"],
      rows: [
        ["inputs", "X is n_x × m", "X is m × n"],
        ["labels", "Y is 1 × m", "Y is m × 1"],
        ["weights", "w is n_x × 1", "w is n × 1"],
        ["logits", "Z = wᵀX + b, 1 × m", "Z = X·w + b, m × 1"],
        ["weight gradient", "dw = (1/m)·X·dZᵀ", "dw = (1/m)·Xᵀ·dZ"],
      ]))
  page.line()
  page.paragraph("Section 8 computes both columns of this table on the same data and checks that they agree.")
}
