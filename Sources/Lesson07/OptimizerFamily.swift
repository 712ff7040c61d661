import WorkbookReference

/// One member of the optimizer family, as the walkthrough presents it.
struct FamilyMember {
  /// A fresh optimizer with its default settings.
  let optimizer: any Optimizer
  /// Its update rule, on one line.
  let rule: String
  /// What it changes in θ ← θ − η·g (note 002's three ways).
  let changes: String
  /// Who published it, and when.
  let source: String
  /// The rate the bowl uses: 0.1, but 1 for Adadelta (which has none of its own, so η only
  /// scales it) and 0.1·(1 − β) for Nesterov (whose velocity is a sum, not an average).
  let bowlRate: Double
}

/// Every optimizer of the lesson, in the order of note 002's table.
let family: [FamilyMember] = [
  FamilyMember(
    optimizer: SGD(), rule: "θ ← θ − η·g", changes: "neither", source: "Robbins & Monro, 1951", bowlRate: 0.1),
  FamilyMember(
    optimizer: Momentum(), rule: "v ← β·v + (1 − β)·g;  θ ← θ − η·v", changes: "gradient",
    source: "Polyak, 1964", bowlRate: 0.1),
  FamilyMember(
    optimizer: AdaGrad(), rule: "s ← s + g²;  θ ← θ − η·g/(√s + ε)", changes: "learning rate",
    source: "Duchi, Hazan & Singer, 2011", bowlRate: 0.1),
  FamilyMember(
    optimizer: RMSprop(), rule: "s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g/(√s + ε)", changes: "learning rate",
    source: "Hinton, lecture 6e, 2012", bowlRate: 0.1),
  FamilyMember(
    optimizer: Adadelta(), rule: "Δ = −√(u+ε)/√(s+ε)·g;  s, u averages of g², Δ²;  θ ← θ + Δ",
    changes: "learning rate", source: "Zeiler, 2012", bowlRate: 1),
  FamilyMember(
    optimizer: Nesterov(), rule: "v ← β·v + g;  θ ← θ − η·(g + β·v)", changes: "gradient",
    source: "Nesterov, 1983 (Sutskever, 2013)", bowlRate: 0.1 * (1 - 0.9)),
  FamilyMember(
    optimizer: Adam(), rule: "m, v averages of g, g²;  θ ← θ − η·m̂/(√v̂ + ε)", changes: "both",
    source: "Kingma & Ba, 2014", bowlRate: 0.1),
  FamilyMember(
    optimizer: Nadam(), rule: "θ ← θ − η(β₁m/(1−β₁ᵗ⁺¹) + (1−β₁)g/(1−β₁ᵗ))/(√v̂+ε)", changes: "both",
    source: "Dozat, 2016 (report 2015)", bowlRate: 0.1),
  FamilyMember(
    optimizer: AdaMax(), rule: "Adam, with √v̂ replaced by u ← max(β₂u, |g| + ε)", changes: "both",
    source: "Kingma & Ba, 2014", bowlRate: 0.1),
  FamilyMember(
    optimizer: AMSGrad(), rule: "Adam, with v replaced by its running maximum", changes: "both",
    source: "Reddi, Kale & Kumar, 2018", bowlRate: 0.1),
]
