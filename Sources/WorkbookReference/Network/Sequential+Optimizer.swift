import WorkbookBasics

extension Sequential {
  /// Mini-batch training with any optimizer and learning-rate schedule, reporting each epoch.
  ///
  /// ```
  /// for each batch:  loss, gradients (+ λW for L2) → clip → η = schedule(t) → optimizer
  ///                   updates θ (t += 1) → W −= η·λ·W for decoupled decay
  /// after each epoch: validation loss (and accuracy) → onEpoch → go on or stop
  /// ```
  /// The optimizer is `inout`: its state and step count t carry over to the next call, so
  /// training one epoch at a time continues the same run, schedule included.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, the shape of the network's output for X.
  ///   - optimizer: the update rule and its memory.
  ///   - schedule: η at each of the optimizer's steps.
  ///   - options: epochs, batch size, clipping, validation data and weight decay (with L2 the
  ///     recorded training loss includes (λ/2)·Σ‖W‖²).
  ///   - order: the row order of each epoch, given the epoch number from 0.
  ///   - onEpoch: called after every epoch; `.stop` ends training there.
  ///   - onStep: called after every update with the parameters before and after it (see
  ///     `StepReport`); nothing by default.
  /// - Returns: the losses, accuracies and rates recorded.
  /// - Throws: `TrainingError`, as `train(features:targets:epochs:batchSize:learningRate:)`;
  ///   the network and the optimizer keep what they had before the failing step.
  @discardableResult
  public mutating func train(
    features: Matrix, targets: Matrix, optimizer: inout some Optimizer, schedule: any LearningRateSchedule,
    options: TrainingOptions, order: (Int) -> [Int], onEpoch: (EpochReport) -> EpochDecision = { _ in .proceed },
    onStep: ((StepReport) -> Void)? = nil
  ) throws(TrainingError) -> History {
    try checkTrainingArguments(
      features: features, targets: targets, epochs: options.epochs, learningRate: 0, "train(optimizer:)")
    if let validation = options.validation {
      require(
        validation.features.columns == features.columns && validation.targets.columns == targets.columns,
        "train(optimizer:): the validation data is \(validation.features.shapeDescription) → "
          + "\(validation.targets.shapeDescription) but the training data is \(features.shapeDescription) → "
          + targets.shapeDescription)
    }
    var history = History()
    let roles = parameterRoles
    try runEpochs(
      features: features, targets: targets, epochs: options.epochs, batchSize: options.batchSize, order: order,
      "train(optimizer:)",
      step: { network, batchFeatures, batchTargets throws(StepError) in
        let rate = schedule.rate(atStep: optimizer.state.step)
        var loss = try network.computeGradients(features: batchFeatures, targets: batchTargets)
        var parameters = network.parameters
        var gradients = network.parameterGradients
        if case .l2(let lambda) = options.weightDecay {
          loss += l2Penalty(parameters, roles: roles, lambda: lambda)
          gradients = l2Gradients(gradients, parameters: parameters, roles: roles, lambda: lambda)
        }
        let before = parameters
        let clipped = options.clipping.apply(to: gradients)
        optimizer.update(&parameters, gradients: clipped, roles: roles, learningRate: rate)
        if case .decoupled(let lambda) = options.weightDecay {
          for index in parameters.indices where roles[index] == .weight {
            parameters[index] = parameters[index] - rate * lambda * before[index]
          }
        }
        network.setParameters(parameters)
        history.learningRates.append(rate)
        onStep?(
          StepReport(
            step: optimizer.state.step, loss: loss, learningRate: rate, parametersBefore: before,
            gradients: clipped, parametersAfter: parameters, roles: roles))
        return loss
      },
      endOfEpoch: { network, epoch, meanLoss in
        history.trainingLoss.append(meanLoss)
        var validationLoss: Double?
        var validationAccuracy: Double?
        if let validation = options.validation {
          let output = network.predict(validation.features)
          let lossValue = network.loss.loss(predicted: output, expected: validation.targets)
          history.validationLoss.append(lossValue)
          validationLoss = lossValue
          if validation.reportsAccuracy {
            let right = zip(argmaxPerRow(output), argmaxPerRow(validation.targets)).filter { $0 == $1 }.count
            let share = Double(right) / Double(validation.targets.rows)
            history.validationAccuracy.append(share)
            validationAccuracy = share
          }
        }
        let report = EpochReport(
          epoch: epoch + 1, trainingLoss: meanLoss, validationLoss: validationLoss,
          validationAccuracy: validationAccuracy, learningRate: history.learningRates.last ?? 0,
          totalSteps: optimizer.state.step, network: network)
        guard onEpoch(report) == .stop else { return .proceed }
        history.stoppedEarly = epoch + 1 < options.epochs
        return .stop
      })
    return history
  }
}
