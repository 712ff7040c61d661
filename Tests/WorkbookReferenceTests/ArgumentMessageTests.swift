#if compiler(>=6.2)  // exit tests arrived in Swift 6.2
  import Testing
  import WorkbookBasics
  import WorkbookReference

  /// Bad arguments to the classification code stop with a message that says what is wrong,
  /// even though the library is compiled -O. Each check runs in a child process.
  @Suite struct ArgumentMessageTests {
    /// A class number such as 2 (or −1/+1 labels) is not a binary label.
    @Test func crossEntropyNamesALabelOutsideZeroToOne() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = binaryCrossEntropy(logits: Matrix(column: [0.5, 1, -2]), labels: Matrix(column: [0, 1, 2]))
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("binaryCrossEntropy(logits:): labels must lie in 0…1, but entry [2, 0] is 2.0000"))
    }

    /// A layer with no inputs cannot be initialised; the rule and the fans are named.
    @Test func initializerNamesAnEmptyLayer() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        var generator = SeededGenerator(seed: 1)
        _ = Initializer.heNormal.weights(fanIn: 0, fanOut: 3, using: &generator)
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("He normal: a layer needs at least one input and one output, got 0 → 3"))
    }

    /// A clipping threshold of 0 or less would zero or flip every gradient.
    @Test func clippingNamesANonPositiveThreshold() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = clipByGlobalNorm([Matrix([[1]])], maxNorm: -1)
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("clipByGlobalNorm: the largest norm must be positive, got -1.0000"))
    }

    @Test func logisticRegressionNamesTheFeatureCount() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = LogisticRegression.zeros(features: 3).logits(Matrix.zeros(rows: 5, columns: 4))
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("X is 5×4 but the model has 3 weights per output — X needs 3 columns"))
    }

    /// A multi-hot row given to the multi-class loss is named, with the loss to use instead.
    @Test func softmaxCrossEntropyNamesAMultiHotRow() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = softmaxCrossEntropy(logits: Matrix([[1, 2, 3], [0, 0, 0]]), labels: Matrix([[0, 0, 1], [1, 0, 1]]))
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("softmaxCrossEntropy: label row 1 adds up to 2.0000, not 1"))
      #expect(message.contains("use multiLabelCrossEntropy"))
    }

    /// A NaN logit (a diverged model) is reported instead of spreading NaN probabilities.
    @Test func softmaxNamesANonFiniteLogit() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = softmax(Matrix([[1, 2], [.nan, 0]]))
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("softmax: logit [1, 0] is NaN"))
    }

    /// A dense layer names its own shape and the input's.
    @Test func denseNamesTheInputWidth() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        var layer = Dense(weights: .zeros(rows: 2, columns: 3), bias: .zeros(rows: 1, columns: 3))
        _ = layer.forward(Matrix.zeros(rows: 4, columns: 5), training: true)
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("Dense 2 → 3: the input is 4×5 but the layer needs 2 columns"))
    }

    /// Class numbers start at 0: a 3 among three classes is out of range.
    @Test func oneHotNamesAClassOutOfRange() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = oneHot([0, 3, 1], classCount: 3)
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("oneHot: class 3 (row 1) is outside 0..<3; classes are numbered from 0"))
    }
  }
#endif
