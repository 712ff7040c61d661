// Lesson 4 · XOR with a multilayer perceptron — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson04
// Each exercise shows as "not attempted" until you start it. Conventions: rows are examples.
// X is m × n, a layer's weights W are n_in × n_out and its bias b is 1 × n_out. The network is
// note 000's: M1 = X·W1, N1 = M1 + B1, O1 = σ(N1), M2 = O1·W2, P = M2 + B2, and the loss is the
// mean squared error L = mean((Y − P)²).

import Foundation
import WorkbookBasics

// MARK: - Exercise 4.1 · Dense forward

/// A dense (fully connected) layer's forward pass on a batch.
///
/// ```
/// M = X·W + b        (b is added to every row)
/// ```
/// - Parameters:
///   - X: the batch, m × n_in.
///   - W: the weights, n_in × n_out.
///   - b: the bias, 1 × n_out.
/// - Returns: M, m × n_out.
/// - Tip: `X.matmul(W)` is the product; `+ b` adds the 1 × n_out row to every row.
public func denseForward(_ X: Matrix, weights W: Matrix, bias b: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return X.matmul(W) + b
  // END SOLUTION
}

// MARK: - Exercise 4.2 · Activation derivatives

/// The derivatives of the three common activations at every entry of Z.
///
/// ```
/// σ'(z)    = σ(z)·(1 − σ(z))          σ(z) = 1 / (1 + e^(−z))
/// tanh'(z) = 1 − tanh(z)²
/// ReLU'(z) = 1 if z > 0, else 0       (0 at z = 0, as in PyTorch)
/// ```
/// - Parameter Z: the inputs of the activation, any shape.
/// - Returns: the three derivatives, each Z's shape.
/// - Tip: `Z.map { z in ... }` for each; `exp` and `tanh` come from Foundation. Compute σ as
///   1 / (1 + exp(−z)) (fine here: for very negative z it gives 0, not NaN).
public func activationDerivatives(_ Z: Matrix) throws -> (sigmoid: Matrix, tanh: Matrix, relu: Matrix) {
  // BEGIN SOLUTION
  let sigmoidPrime = Z.map { z -> Double in
    let s = 1 / (1 + exp(-z))
    return s * (1 - s)
  }
  let tanhPrime = Z.map { z -> Double in
    let t = tanh(z)
    return 1 - t * t
  }
  let reluPrime = Z.map { $0 > 0 ? 1.0 : 0.0 }
  return (sigmoid: sigmoidPrime, tanh: tanhPrime, relu: reluPrime)
  // END SOLUTION
}

// MARK: - Exercise 4.3 · The backward pass

/// Note 000's network on a batch: the forward pass, the loss, and the gradient of the loss
/// for every parameter, by the notes' backward table.
///
/// ```
/// forward:  M1 = X·W1,  N1 = M1 + B1,  O1 = σ(N1),  M2 = O1·W2,  P = M2 + B2
///           L = (1/m)·Σ (Y − P)²
/// backward: dLdP  = −(2/m)·(Y − P)                  m × 1
///           dLdW2 = O1ᵀ·dLdP                        hidden × 1
///           dLdB2 = Σ over the rows of dLdP         1 × 1
///           dLdN1 = (dLdP·W2ᵀ) ⊙ σ(N1)·(1 − σ(N1))  m × hidden
///           dLdW1 = Xᵀ·dLdN1                        n × hidden
///           dLdB1 = Σ over the rows of dLdN1        1 × hidden
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - Y: the targets, m × 1.
///   - W1: the first layer's weights, n × hidden.
///   - B1: its bias, 1 × hidden.
///   - W2: the second layer's weights, hidden × 1.
///   - B2: its bias, 1 × 1.
/// - Returns: the four gradients (each its parameter's shape) and the loss L.
/// - Tip: Use your `denseForward` and `activationDerivatives(N1).sigmoid`. ⊙ is `*` between
///   matrices of the same shape. Sum each bias gradient over the batch axis only,
///   `.sum(axis: 0)`: summing again would give every hidden unit the same gradient (the bug
///   in the book's code, walkthrough section 5).
public func backward(
  _ X: Matrix, targets Y: Matrix, W1: Matrix, B1: Matrix, W2: Matrix, B2: Matrix
) throws -> (dW1: Matrix, dB1: Matrix, dW2: Matrix, dB2: Matrix, loss: Double) {
  // BEGIN SOLUTION
  let m = Double(X.rows)
  let N1 = try denseForward(X, weights: W1, bias: B1)
  let O1 = N1.map { 1 / (1 + exp(-$0)) }
  let P = try denseForward(O1, weights: W2, bias: B2)
  let loss = ((Y - P) * (Y - P)).sum() / m
  let dLdP = -(2 / m) * (Y - P)
  let dLdN1 = dLdP.matmul(W2.transposed()) * (try activationDerivatives(N1).sigmoid)
  return (
    dW1: X.transposed().matmul(dLdN1), dB1: dLdN1.sum(axis: 0),
    dW2: O1.transposed().matmul(dLdP), dB2: dLdP.sum(axis: 0), loss: loss
  )
  // END SOLUTION
}

// MARK: - Exercise 4.4 · Train XOR

/// Trains note 000's network on the four XOR corners by full-batch gradient descent.
///
/// ```
/// X = [[0, 0], [0, 1], [1, 0], [1, 1]],  Y = [0, 1, 1, 0]ᵀ
/// repeat epochs times:
///   (dW1, dB1, dW2, dB2, L) = backward(X, Y, W1, B1, W2, B2)     record L
///   W1 ← W1 − η·dW1,  B1 ← B1 − η·dB1,  W2 ← W2 − η·dW2,  B2 ← B2 − η·dB2
/// ```
/// - Parameters:
///   - W1: the starting first-layer weights, 2 × hidden.
///   - B1: its bias, 1 × hidden.
///   - W2: the starting second-layer weights, hidden × 1.
///   - B2: its bias, 1 × 1.
///   - learningRate: η.
///   - epochs: how many updates.
/// - Returns: the trained parameters and the loss before each update (`epochs` of them).
/// - Tip: Use your `backward`; keep the parameters in `var`s. With the tests' starting weights,
///   η = 0.3 and 600 epochs get every corner right (P ≥ 0.5 exactly for (0, 1) and (1, 0)).
public func trainXOR(
  W1: Matrix, B1: Matrix, W2: Matrix, B2: Matrix, learningRate: Double, epochs: Int
) throws -> (W1: Matrix, B1: Matrix, W2: Matrix, B2: Matrix, losses: [Double]) {
  // BEGIN SOLUTION
  let X = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
  let Y = Matrix(column: [0, 1, 1, 0])
  var (w1, b1, w2, b2) = (W1, B1, W2, B2)
  var losses = [Double]()
  for _ in 0..<epochs {
    let g = try backward(X, targets: Y, W1: w1, B1: b1, W2: w2, B2: b2)
    losses.append(g.loss)
    w1 = w1 - learningRate * g.dW1
    b1 = b1 - learningRate * g.dB1
    w2 = w2 - learningRate * g.dW2
    b2 = b2 - learningRate * g.dB2
  }
  return (W1: w1, B1: b1, W2: w2, B2: b2, losses: losses)
  // END SOLUTION
}
