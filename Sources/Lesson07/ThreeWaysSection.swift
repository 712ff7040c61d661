import WorkbookBasics
import WorkbookReference

/// Section 1: note 002's three ways optimizers differ, and its table of the family.
let threeWaysSection = WalkthroughSection("Three ways to change the step") { page in
  page.paragraph(
    """
    Every lesson so far has trained with the plain step θ ← θ − η·g. Note 002 sorts the \
    faster optimizers by which of its two factors they replace:
    """)
  page.bullets([
    "the gradient component: step along an average of recent gradients instead of the last one "
      + "(Momentum, Nesterov), which smooths the noise of mini-batches and builds speed along a valley;",
    "the learning-rate component: divide η, entry by entry, by a running size of that entry's "
      + "gradients (AdaGrad, RMSprop, Adadelta), so that steep directions slow down and flat ones speed up;",
    "both at once (Adam and its relatives Nadam, AdaMax, AMSGrad).",
  ])
  page.table(
    TextTable(
      headers: ["optimizer", "changes", "source"],
      rows: family.map { [$0.optimizer.name, $0.changes, $0.source] }))
  page.line()
  page.errata(
    """
    Note 002's table spells Nesterov as "Nestrov" and dates it 2013. The method is Nesterov's \
    of 1983; 2013 is when Sutskever et al. brought it to deep learning.
    """)
}
