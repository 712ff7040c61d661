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
    "the gradient component: step along an average (or a decaying sum) of recent gradients "
      + "instead of the last one (Momentum, Nesterov);",
    "the learning-rate component: divide η, entry by entry, by a running size of that entry's "
      + "gradients (AdaGrad, RMSprop, Adadelta), so an entry with large gradients takes steps that "
      + "are small for its gradient;",
    "both at once (Adam and its relatives Nadam, AdaMax, AMSGrad).",
  ])
  page.paragraph("Sections 3 and 5 measure what these changes do. The family, as note 002 lists it:")
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
  page.errata(
    """
    Note 002 dates Adam 2014 and AdaMax 2015, but both come from the same paper (Kingma and \
    Ba, on arXiv in 2014, at ICLR in 2015), where AdaMax is section 7.
    """)
}
