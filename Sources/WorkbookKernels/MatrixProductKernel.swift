// The matrix product's kernel: the one place in the workbook where SIMD registers and raw
// pointers do the arithmetic.
//
// This one file is compiled three times, into three modules (Package.swift):
// - WorkbookKernels, for any CPU: 6 × 4 tiles of SIMD4 (two SSE2 or one NEON register pair
//   per row);
// - WorkbookKernelsAVX2 (x86-64 only, built with -march=x86-64-v3 and
//   WORKBOOK_KERNEL_AVX2): 6 × 8 tiles of SIMD8;
// - WorkbookKernelsAVX512 (x86-64 only, -march=x86-64-v4 and WORKBOOK_KERNEL_AVX512):
//   8 × 16 tiles of SIMD16.
// The library picks one at run time (WorkbookBasics' KernelPath), after checking that the
// CPU has every feature the wider modules may use.
//
// Every path gives the same bits. Each entry of C is summed over p in the order p = 0, 1, …,
// k − 1, starting from the value already in C, with a multiply and then an add (never a
// fused multiply-add): exactly the order of the plain triple loop. The tile shapes change
// only which entries are computed side by side, and a block of p reloads the running sums
// from C. The padding that fills a partial tile lies outside C and is thrown away.
//
// Everything here is in one file on purpose: without whole-module optimisation, a call to a
// function in another file is not inlined, and the accumulators would leave the registers.

#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  #error("the kernel needs POSIX threads (pthread_key_create): Darwin, Glibc or Musl")
#endif

#if WORKBOOK_KERNEL_AVX512
  /// One row of a tile: 16 doubles, two AVX-512 registers.
  typealias TileRow = SIMD16<Double>
  /// The rows of a tile.
  let tileRows = 8
  /// Steps of p per block (measured best of 128, 192, 256, 384).
  let blockDepth = 384
#elseif WORKBOOK_KERNEL_AVX2
  /// One row of a tile: 8 doubles, two AVX registers.
  typealias TileRow = SIMD8<Double>
  /// The rows of a tile.
  let tileRows = 6
  /// Steps of p per block: a tile's strip of packed B stays in L1 (measured best of 128, 192,
  /// 256, 384).
  let blockDepth = 128
#else
  /// One row of a tile: 4 doubles, two SSE2 or NEON registers.
  typealias TileRow = SIMD4<Double>
  /// The rows of a tile.
  let tileRows = 6
  /// Steps of p per block: a tile's strip of packed B stays in L1 (measured best of 128, 192,
  /// 256, 384).
  let blockDepth = 128
#endif

#if WORKBOOK_KERNEL_AVX512 || WORKBOOK_KERNEL_AVX2
  /// How many times packed A stores each value, side by side: once, as AVX loads one value
  /// into every lane of a register in one instruction.
  let aValueCopies = 1
  /// At most this many columns of B read A in place rather than packed (a tile then loads
  /// each of its rows' values straight from A).
  let directColumns = 48
#else
  /// How many times packed A stores each value, side by side: twice, so that a register pair
  /// holding one value is a single aligned load. SSE2 has no broadcast instruction, and the
  /// load, shuffle and copy it needs instead made the tile's loop 15 % longer (measured on
  /// x86-64; NEON's broadcast load is not measured).
  let aValueCopies = 2
  /// None: A is never read in place here, as the tile reads A only as packed pairs.
  let directColumns = 0
#endif

/// The columns of a tile.
let tileColumns = TileRow.scalarCount
/// Rows of A packed at a time: a block that stays in the L2 cache.
let blockRows = tileRows * 16
/// At most this many rows of A read B in place rather than packed.
let directRows = 48
/// The largest Cᵀ (in doubles) that the few-rows-times-transposed-B route keeps in the
/// thread's packing room (a room is kept for the thread's life, so it must stay small).
let largestTransposedProduct = 1 << 20
/// Columns of B packed at a time.
let blockColumns = tileColumns * 64

/// The name of the path this module was compiled for, for benchmarks and messages.
public let kernelName: String = {
  #if WORKBOOK_KERNEL_AVX512
    return "avx512"
  #elseif WORKBOOK_KERNEL_AVX2
    return "avx2"
  #else
    return "portable"
  #endif
}()

/// C += A·B (or C = A·B when `overwrite` is true: C is then not read, and may hold anything)
/// for an m × k matrix A and a k × n matrix B, given by pointers and strides, so that
/// a transposed operand is read in place: A[i, p] is `a[i * aRowStride + p * aColumnStride]`,
/// B[p, j] is `b[p * bRowStride + j * bColumnStride]`, and C[i, j] is `c[i * cRowStride + j]`.
///
/// Each entry of C is summed over p in order, starting from its current value, with a
/// separate multiply and add: the same bits as `for p in 0..<k { c[i, j] += a[i, p] * b[p, j] }`
/// (with `overwrite`, as if C held +0 first). The caller checks the shapes, and that k > 0 when
/// overwriting; this function trusts them.
public func multiplyAdd(
  m: Int, n: Int, k: Int,
  a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
  b: UnsafePointer<Double>, bRowStride: Int, bColumnStride: Int,
  c: UnsafeMutablePointer<Double>, cRowStride: Int, overwrite: Bool
) {
  guard m > 0, n > 0, k > 0 else { return }
  if bRowStride == 1 && bColumnStride != 1 && m <= directRows && n > directColumns && directColumns > 0
    && n * m <= largestTransposedProduct
  {
    // A few rows times a transposed B (a backward pass's G·Wᵀ): packing all of B for a few
    // rows would cost more than the product. Cᵀ = Bᵀ·Aᵀ reads Bᵀ (W's rows) in place instead,
    // into the room, and is then copied into C. Each entry is the same sum over p in the same
    // order, and a·b = b·a exactly, so the bits do not change (except a NaN's payload when both
    // factors are NaNs with different payloads: x86 keeps the first one's; it prints as nan).
    // Rounded up to a cache line, so that the packed operands after it stay aligned.
    let transposedRoom = roundedUp(n * m, to: 8)
    let room = packingRoom(capacity: transposedRoom + packingRoomNeeded(m: n, n: m, k: k))
    let cTransposed = room
    if !overwrite {
      for i in 0..<m {
        for j in 0..<n { cTransposed[j * m + i] = c[i * cRowStride + j] }
      }
    }
    packedProduct(
      m: n, n: m, k: k, a: b, aRowStride: bColumnStride, aColumnStride: 1, b: a, bRowStride: aColumnStride,
      bColumnStride: aRowStride, c: cTransposed, cRowStride: m, overwrite: overwrite, room: room + transposedRoom)
    for i in 0..<m {
      for j in 0..<n { c[i * cRowStride + j] = cTransposed[j * m + i] }
    }
    return
  }
  packedProduct(
    m: m, n: n, k: k, a: a, aRowStride: aRowStride, aColumnStride: aColumnStride, b: b, bRowStride: bRowStride,
    bColumnStride: bColumnStride, c: c, cRowStride: cRowStride, overwrite: overwrite,
    room: packingRoom(capacity: packingRoomNeeded(m: m, n: n, k: k)))
}

/// The doubles an m × k by k × n product packs a block of A in (whole tiles).
private func packedARoom(m: Int, k: Int) -> Int {
  roundedUp(min(m, blockRows), to: tileRows) * min(k, blockDepth) * aValueCopies
}

/// The doubles an m × k by k × n product packs a block of B in (whole tiles).
private func packedBRoom(n: Int, k: Int) -> Int {
  min(k, blockDepth) * roundedUp(min(n, blockColumns), to: tileColumns)
}

/// How many doubles an m × k by k × n product packs its operands in, with room for an edge
/// tile: packed A, then packed B, then the edge tile.
private func packingRoomNeeded(m: Int, n: Int, k: Int) -> Int {
  packedARoom(m: m, k: k) + packedBRoom(n: n, k: k) + tileRows * tileColumns
}

/// `multiplyAdd` packing its operands in `room` (`packingRoomNeeded` doubles), block by block.
private func packedProduct(
  m: Int, n: Int, k: Int,
  a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
  b: UnsafePointer<Double>, bRowStride: Int, bColumnStride: Int,
  c: UnsafeMutablePointer<Double>, cRowStride: Int, overwrite: Bool, room: UnsafeMutablePointer<Double>
) {
  let packedA = room
  let packedB = packedA + packedARoom(m: m, k: k)
  let edgeTile = packedB + packedBRoom(n: n, k: k)
  // A product with few columns (Cᵀ = W·Gᵀ above) or few rows (X·W) would not repay copying
  // all of A: its whole strips are then read where they are, and only a partial last strip
  // is packed.
  let aInPlace = aColumnStride == 1 && directColumns > 0 && (n <= directColumns || m <= directRows)
  var column0 = 0
  while column0 < n {
    let columns = min(blockColumns, n - column0)
    var depth0 = 0
    while depth0 < k {
      let depth = min(blockDepth, k - depth0)
      let bBlock = b + depth0 * bRowStride + column0 * bColumnStride
      // A few rows of A (a training batch's X·W) would not repay copying all of B: its whole
      // strips are then read where they are, and only a partial last strip is packed.
      let direct = bColumnStride == 1 && m <= directRows ? bBlock : nil
      packB(
        bBlock, rowStride: bRowStride, columnStride: bColumnStride, depth: depth, columns: columns,
        into: packedB, partialStripOnly: direct != nil)
      var row0 = 0
      while row0 < m {
        let rows = min(blockRows, m - row0)
        let aBlock = a + row0 * aRowStride + depth0 * aColumnStride
        packA(
          aBlock, rowStride: aRowStride, columnStride: aColumnStride, rows: rows, depth: depth, into: packedA,
          partialStripOnly: aInPlace)
        multiplyBlock(
          rows: rows, columns: columns, depth: depth, packedA: packedA, directA: aInPlace ? aBlock : nil,
          aRowStride: aRowStride, packedB: packedB, directB: direct, bRowStride: bRowStride,
          c: c + row0 * cRowStride + column0, cRowStride: cRowStride, edgeTile: edgeTile,
          startFromZero: overwrite && depth0 == 0)
        row0 += rows
      }
      depth0 += depth
    }
    column0 += columns
  }
}

/// The room a thread packs its operands in, kept from one product to the next.
///
/// A buffer allocated and freed for every product would cost more than the product itself
/// for the sizes here: above 1 KB, Swift's temporary allocations come from malloc, and glibc
/// hands blocks of this size back to the system and takes them again, a page fault per 4 KB.
private final class PackingRoom {
  /// The first of `capacity` doubles.
  let start: UnsafeMutablePointer<Double>
  /// How many doubles the room holds.
  let capacity: Int

  /// A room of `capacity` doubles, starting on a cache line (64 bytes).
  init(capacity: Int) {
    start = UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Double>.stride, alignment: 64)
      .bindMemory(to: Double.self, capacity: capacity)
    self.capacity = capacity
  }

  deinit { start.deallocate() }
}

/// Where each thread keeps its `PackingRoom` (freed when the thread ends).
private let packingRoomKey: pthread_key_t = {
  var key = pthread_key_t()
  let status = pthread_key_create(&key, releasePackingRoom)
  precondition(status == 0, "multiplyAdd: pthread_key_create failed (\(status))")
  return key
}()

#if canImport(Darwin)
  /// Frees a thread's packing room when the thread ends.
  private func releasePackingRoom(_ room: UnsafeMutableRawPointer) {
    Unmanaged<PackingRoom>.fromOpaque(room).release()
  }
#else
  /// Frees a thread's packing room when the thread ends.
  private func releasePackingRoom(_ room: UnsafeMutableRawPointer?) {
    if let room { Unmanaged<PackingRoom>.fromOpaque(room).release() }
  }
#endif

/// At least `capacity` doubles of the calling thread's packing room, grown when too small.
/// One room per thread is enough: each product asks for it once, and nothing else asks before
/// the product returns.
private func packingRoom(capacity: Int) -> UnsafeMutablePointer<Double> {
  if let raw = pthread_getspecific(packingRoomKey) {
    let room = Unmanaged<PackingRoom>.fromOpaque(raw)
    if room.takeUnretainedValue().capacity >= capacity { return room.takeUnretainedValue().start }
    room.release()
  }
  let room = PackingRoom(capacity: capacity)
  pthread_setspecific(packingRoomKey, Unmanaged.passRetained(room).toOpaque())
  return room.start
}

/// `value` rounded up to a multiple of `multiple`.
private func roundedUp(_ value: Int, to multiple: Int) -> Int { (value + multiple - 1) / multiple * multiple }

/// Copies a rows × depth block of A into strips of `tileRows` rows, each stored p by p
/// (the tile's A values for one p side by side, each `aValueCopies` times); rows past the block
/// are zeros.
private func packA(
  _ a: UnsafePointer<Double>, rowStride: Int, columnStride: Int, rows: Int, depth: Int,
  into packed: UnsafeMutablePointer<Double>, partialStripOnly: Bool
) {
  var out = packed
  var strip = 0
  while strip < rows {
    let height = min(tileRows, rows - strip)
    let stripStart = a + strip * rowStride
    if partialStripOnly && height == tileRows {
      // Read in place by the tiles; its room in the buffer stays unused.
      out += depth * tileRows * aValueCopies
      strip += tileRows
      continue
    }
    if height == tileRows && rowStride == 1 && aValueCopies == 1 {
      // A is a transposed matrix (Xᵀ·G): a strip's values at one p lie side by side.
      copyRuns(from: stripStart, stride: columnStride, count: depth, width: tileRows, into: out)
      out += depth * tileRows
    } else {
      var column = stripStart
      for _ in 0..<depth {
        for r in 0..<tileRows {
          let value = r < height ? column[r &* rowStride] : 0
          for copy in 0..<aValueCopies { out[r &* aValueCopies &+ copy] = value }
        }
        column += columnStride
        out += tileRows * aValueCopies
      }
    }
    strip += tileRows
  }
}

/// Copies `count` runs of `width` side-by-side doubles, the runs `stride` apart in the source,
/// one after another into `out` (a strip whose values at each p are contiguous).
@inline(__always)
private func copyRuns(
  from start: UnsafePointer<Double>, stride: Int, count: Int, width: Int, into out: UnsafeMutablePointer<Double>
) {
  var run = start
  var target = out
  for _ in 0..<count {
    target.update(from: run, count: width)
    run += stride
    target += width
  }
}

/// Copies a depth × columns block of B into strips of `tileColumns` columns, each stored p by
/// p (one tile row of B per p); columns past the block are zeros.
private func packB(
  _ b: UnsafePointer<Double>, rowStride: Int, columnStride: Int, depth: Int, columns: Int,
  into packed: UnsafeMutablePointer<Double>, partialStripOnly: Bool
) {
  var out = packed
  var strip = 0
  while strip < columns {
    let width = min(tileColumns, columns - strip)
    let stripStart = b + strip * columnStride
    if partialStripOnly && width == tileColumns {
      // Read in place by the tiles; its room in the buffer stays unused.
      out += depth * tileColumns
      strip += tileColumns
      continue
    }
    if rowStride == 1 {
      // B is a transposed matrix (Gᵀ, in Cᵀ = W·Gᵀ): read each of its columns in order.
      for j in 0..<tileColumns {
        let column = stripStart + j * columnStride
        var target = out + j
        for p in 0..<depth {
          target.pointee = j < width ? column[p] : 0
          target += tileColumns
        }
      }
      out += depth * tileColumns
    } else if columnStride == 1 && width == tileColumns {
      copyRuns(from: stripStart, stride: rowStride, count: depth, width: tileColumns, into: out)
      out += depth * tileColumns
    } else {
      var row = stripStart
      for _ in 0..<depth {
        for j in 0..<tileColumns { out[j] = j < width ? row[j &* columnStride] : 0 }
        row += rowStride
        out += tileColumns
      }
    }
    strip += tileColumns
  }
}

/// C (rows × columns, at `c`) += packed A · packed B, tile by tile (C = … when
/// `startFromZero`: the sums start from +0 instead of C's values). A partial tile at the bottom
/// or right edge is computed in `edgeTile` and only its part inside C copied back.
private func multiplyBlock(
  rows: Int, columns: Int, depth: Int, packedA: UnsafeMutablePointer<Double>, directA: UnsafePointer<Double>?,
  aRowStride: Int, packedB: UnsafeMutablePointer<Double>, directB: UnsafePointer<Double>?, bRowStride: Int,
  c: UnsafeMutablePointer<Double>, cRowStride: Int, edgeTile: UnsafeMutablePointer<Double>, startFromZero: Bool
) {
  var stripB = 0
  while stripB < columns {
    let width = min(tileColumns, columns - stripB)
    // A whole strip read in place steps a row of B per p; a packed one, a tile's width.
    let inPlace = width == tileColumns ? directB.map { $0 + stripB } : nil
    let b = inPlace ?? UnsafePointer(packedB + (stripB / tileColumns) * depth * tileColumns)
    let bStep = (inPlace == nil ? tileColumns : bRowStride) * MemoryLayout<Double>.stride
    var stripA = 0
    while stripA < rows {
      let height = min(tileRows, rows - stripA)
      // A whole strip read in place steps a value per p, and a row of A per tile row; a packed
      // one, a tile's height per p and the copies of a value per row.
      let aInPlace = height == tileRows ? directA.map { $0 + stripA * aRowStride } : nil
      let a = aInPlace ?? UnsafePointer(packedA + (stripA / tileRows) * depth * tileRows * aValueCopies)
      let aStep = aInPlace == nil ? tileRows * aValueCopies : 1
      let aRowStep = aInPlace == nil ? aValueCopies : aRowStride
      let target = c + stripA * cRowStride + stripB
      if height == tileRows && width == tileColumns {
        multiplyTile(
          depth: depth, a: a, aStep: aStep, aRowStep: aRowStep, b: b, bStep: bStep, c: target, cRowStride: cRowStride,
          startFromZero: startFromZero)
      } else {
        for r in 0..<tileRows {
          for j in 0..<tileColumns {
            let inside = r < height && j < width && !startFromZero
            edgeTile[r * tileColumns + j] = inside ? target[r * cRowStride + j] : 0
          }
        }
        multiplyTile(
          depth: depth, a: a, aStep: aStep, aRowStep: aRowStep, b: b, bStep: bStep, c: edgeTile,
          cRowStride: tileColumns, startFromZero: false)
        for r in 0..<height {
          for j in 0..<width { target[r * cRowStride + j] = edgeTile[r * tileColumns + j] }
        }
      }
      stripA += tileRows
    }
    stripB += tileColumns
  }
}

/// Row `row`'s value of A at one p, in every lane, the tile's rows `rowStep` doubles apart: on
/// the portable path, read from the pair of copies packed side by side.
@inline(__always)
private func value(_ values: UnsafePointer<Double>, row: Int, rowStep: Int) -> TileRow {
  #if WORKBOOK_KERNEL_AVX512 || WORKBOOK_KERNEL_AVX2
    return TileRow(repeating: values[row * rowStep])
  #else
    // A is never read in place on this path (directColumns is 0), so rowStep is the copies.
    assert(rowStep == aValueCopies, "the portable tile reads A only as packed pairs")
    // The pair is 16-byte aligned (the room starts on a cache line, and every strip and step
    // is a whole number of pairs), so it is one aligned load.
    let pair = UnsafeRawPointer(values + row * aValueCopies).load(as: SIMD2<Double>.self)
    return TileRow(lowHalf: pair, highHalf: pair)
  #endif
}

/// One tile of C += a strip of A · a strip of B (each packed, or read in place), over `depth`
/// steps, with the tile's `tileRows` rows (6, or 8 on the AVX-512 path) held in registers
/// throughout. A's pointer moves `aStep` doubles per p, its tile rows `aRowStep` apart; B's
/// moves `bStep` bytes. With `startFromZero` the sums start from +0 and C is only written.
@inline(__always)
private func multiplyTile(
  depth: Int, a: UnsafePointer<Double>, aStep: Int, aRowStep: Int, b: UnsafePointer<Double>, bStep: Int,
  c: UnsafeMutablePointer<Double>, cRowStride: Int, startFromZero: Bool
) {
  let rowBytes = cRowStride * MemoryLayout<Double>.stride
  let c0 = UnsafeMutableRawPointer(c)
  /// Row `row` of the tile as it starts: C's, or +0.
  func start(_ row: Int) -> TileRow {
    startFromZero ? TileRow() : (c0 + row * rowBytes).loadUnaligned(as: TileRow.self)
  }
  var r0 = start(0)
  var r1 = start(1)
  var r2 = start(2)
  var r3 = start(3)
  var r4 = start(4)
  var r5 = start(5)
  #if WORKBOOK_KERNEL_AVX512
    var r6 = start(6)
    var r7 = start(7)
  #endif
  var pa = a
  var pb = UnsafeRawPointer(b)
  for _ in 0..<depth {
    let row = pb.loadUnaligned(as: TileRow.self)
    r0 = r0 + value(pa, row: 0, rowStep: aRowStep) * row
    r1 = r1 + value(pa, row: 1, rowStep: aRowStep) * row
    r2 = r2 + value(pa, row: 2, rowStep: aRowStep) * row
    r3 = r3 + value(pa, row: 3, rowStep: aRowStep) * row
    r4 = r4 + value(pa, row: 4, rowStep: aRowStep) * row
    r5 = r5 + value(pa, row: 5, rowStep: aRowStep) * row
    #if WORKBOOK_KERNEL_AVX512
      r6 = r6 + value(pa, row: 6, rowStep: aRowStep) * row
      r7 = r7 + value(pa, row: 7, rowStep: aRowStep) * row
    #endif
    pa += aStep
    pb += bStep
  }
  c0.storeBytes(of: r0, as: TileRow.self)
  (c0 + rowBytes).storeBytes(of: r1, as: TileRow.self)
  (c0 + 2 * rowBytes).storeBytes(of: r2, as: TileRow.self)
  (c0 + 3 * rowBytes).storeBytes(of: r3, as: TileRow.self)
  (c0 + 4 * rowBytes).storeBytes(of: r4, as: TileRow.self)
  (c0 + 5 * rowBytes).storeBytes(of: r5, as: TileRow.self)
  #if WORKBOOK_KERNEL_AVX512
    (c0 + 6 * rowBytes).storeBytes(of: r6, as: TileRow.self)
    (c0 + 7 * rowBytes).storeBytes(of: r7, as: TileRow.self)
  #endif
}
