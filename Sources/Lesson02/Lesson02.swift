import WorkbookBasics

/// `swift run Lesson02`: the printed walkthrough of Lesson 2, logistic regression.
@main
struct Lesson02 {
  static func main() {
    Walkthrough(
      lesson: 2, title: "Logistic regression and dz = a − y",
      sections: [
        classificationSection,
        perceptronSection,
        sigmoidSection,
        oneEmailSection,
        lossAndCostSection,
        convexitySection,
        backpropagationSection,
        vectorisationSection,
        thresholdSection,
        breastCancerSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
