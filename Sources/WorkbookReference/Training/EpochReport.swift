import WorkbookBasics

/// What `onEpoch` answers after each epoch: go on, or stop here (early stopping, a target
/// reached, a diverging run cut short).
public enum EpochDecision: Sendable, Equatable {
  /// Train the next epoch.
  case proceed
  /// Stop after this epoch; the network keeps the parameters it has now.
  case stop
}

/// One epoch's figures, handed to `onEpoch` as soon as the epoch ends.
public struct EpochReport: Sendable {
  /// The epoch just finished, counted from 1 within this call.
  public let epoch: Int
  /// The mean batch loss over the epoch (measured during it, while the network changed).
  public let trainingLoss: Double
  /// The loss on the validation data after the epoch, when there is any.
  public let validationLoss: Double?
  /// The share of validation rows classified right after the epoch, when asked for.
  public let validationAccuracy: Double?
  /// η of the epoch's last update.
  public let learningRate: Double
  /// The optimizer's updates so far, over every call.
  public let totalSteps: Int
  /// The network after the epoch (a copy: keep it to restore the best weights later).
  public let network: Sequential
}
