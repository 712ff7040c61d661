#if compiler(>=6.2)  // exit tests arrived in Swift 6.2
  import Testing
  import WorkbookBasics

  /// A shape mistake must stop the program with a message naming the operation and both shapes
  /// (and keep it under -O, where `precondition` would print only "precondition failure").
  /// Each check runs in a child process, since the program is meant to stop.
  @Suite struct ShapeMessageTests {
    @Test func matmulNamesBothShapes() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = Matrix.zeros(rows: 3, columns: 2).matmul(.zeros(rows: 3, columns: 1))
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ"))
    }

    @Test func elementwiseRefusesAColumnAgainstARow() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = Matrix.zeros(rows: 3, columns: 1) - Matrix.zeros(rows: 1, columns: 3)
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("subtract: 3×1 − 1×3 — shapes differ"))
    }

    @Test func subscriptNamesTheIndexAndShape() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = Matrix.zeros(rows: 2, columns: 2)[2, 0]
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("Matrix[2, 0]: out of range for a 2×2 matrix"))
    }

    @Test func raggedRowsAreNamed() async {
      let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
        _ = Matrix([[1, 2], [3]])
      }
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("row 1 has 1 entries but row 0 has 2"))
    }
  }
#endif
