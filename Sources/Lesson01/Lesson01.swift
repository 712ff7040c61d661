import WorkbookBasics

/// `swift run Lesson01`: the printed walkthrough of Lesson 1, linear regression by hand.
@main
struct Lesson01 {
  static func main() {
    Walkthrough(
      lesson: 1, title: "Linear regression by hand",
      sections: [
        predictionsSection,
        meanSquaredErrorSection,
        derivativesSection,
        trainingLoopSection,
        costCurveSection,
        learningRateSection,
        featureScalingSection,
        batchSizesSection,
        normalEquationSection,
        samplesAsColumnsSection,
        bostonSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
