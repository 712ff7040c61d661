import WorkbookBasics
import WorkbookReference

/// Section 1: binary, multi-class and multi-label targets; one-hot and multi-hot encoding.
let targetsSection = WalkthroughSection("Three kinds of target: binary, multi-class, multi-label") { page in
  let animals = ["dog", "cat", "hen"]
  page.paragraph(
    """
    Lesson 2 answered one yes/no question per example. Note 002 sorts classification problems \
    into three kinds, using photos of animals:
    """)
  page.paragraph(
    """
    Binary: "is there a dog?" One label per photo, 1 or 0. One output neuron with a sigmoid, \
    as in Lesson 2.
    """)
  let binary = Matrix(column: [1, 0])
  page.matrix("y for a dog photo and a no-dog photo", binary)
  page.line()
  page.paragraph(
    """
    Multi-class: "dog, cat or hen?" Exactly one of K = \(animals.count) classes per photo. \
    The class is stored as a number (dog = 0, cat = 1, hen = 2), but the network sees it \
    one-hot: a row of K entries with a single 1 in the class's column. Think of it as the \
    probability distribution the model should have predicted: all the mass on the right class.
    """)
  let classes = [0, 1, 2]
  let encoded = oneHot(classes, classCount: animals.count)
  page.matrix("oneHot([dog, cat, hen]) = oneHot([0, 1, 2], K = 3)", encoded)
  page.check(
    "every one-hot row adds up to 1 (exactly one class)",
    holds: encoded.sum(axis: 1).values.allSatisfy { $0 == 1 },
    detail: "row sums \(formatTuple(encoded.sum(axis: 1), decimals: 0))")
  page.line()
  let labelSets = [[0, 1], [1, 2], [0, 2]]
  page.paragraph(
    """
    Multi-label: "which animals are in the photo?" Any number of the K classes at once, so \
    the target is multi-hot: a 1 for every class present. Note 002's three photos contain \
    \(labelSets.map { "{" + $0.map { animals[$0] }.joined(separator: ", ") + "}" }.joined(separator: ", ")):
    """)
  let multi = multiHot(labelSets, classCount: animals.count)
  page.matrix("multiHot([[0, 1], [1, 2], [0, 2]], K = 3)", multi)
  page.check(
    "multi-hot rows may hold several 1s (these hold two each)", holds: multi.sum(axis: 1).values.allSatisfy { $0 == 2 },
    detail: "row sums \(formatTuple(multi.sum(axis: 1), decimals: 0))")
  page.line()
  let digitClasses = 10
  let three = oneHot([3], classCount: digitClasses)
  page.paragraph(
    """
    The same encoding scales to any K. Section 10 trains on handwritten digits, K = \
    \(digitClasses); the label "3" becomes
    """)
  page.line("  " + formatTuple(three, decimals: 0))
  page.line()
  page.paragraph(
    """
    The kind of target decides the rest of the network's output end: how many output \
    neurons, which activation, which loss. Sections 2 to 7 build the multi-class case, \
    section 8 the multi-label case, and section 9 puts all of them in one table.
    """)
}
