;; scores[r] = dot(rows[r], query) for every packed row, four lanes at a time (WASM SIMD).
;; Layout in the exported memory, all byte offsets 16-aligned:
;;   query  at $query   (dims f32)
;;   rows   at $rows    (count × dims f32, row after row)
;;   scores at $scores  (count f32)
;; dims must be a multiple of 8: the inner loop takes two 4-lane steps per turn.
;;
;; scan_i8: the same over int8 rows (a quarter of the bytes: the f32 scan is memory-bound) with
;; an int16 query; scores[r] = scales[r] × Σ rows[r][d]·query[d], as f32.
;;   query  at $query   (dims i16)
;;   rows   at $rows    (count × dims i8)
;;   scales at $scales  (count f32)
;;   scores at $scores  (count f32)
;; dims must be a multiple of 16. Each i32 lane sums dims/4 products of at most 127 × 32767,
;; which stays below 2^31 for dims up to 2048.
;;
;; scan_i8_rows: scan_i8 over the rows listed at $picks (n i32 row numbers), scores[i] for the
;; i-th listed row: the int8 scoring of a shortlist, without reading the codes of other rows.
;;
;; hamming: the bits that differ between a query's sign bits and each row's (one bit per
;; dimension, an eighth of the int8 bytes), as u16; the shortlist scan before int8 scoring. It
;; also counts the rows at each distance, so the shortlist's cut needs no pass in JavaScript.
;;   query  at $query   (dims/8 bytes)
;;   rows   at $rows    (count × dims/8 bytes)
;;   out    at $out     (count u16)
;;   hist   at $hist    (dims + 2 u32, zeroed by the caller; hist[d] += 1 for a row d bits away)
;; dims must be a multiple of 128 and at most 2048: each i8 lane counts at most 8 bits per step
;; and 16 steps, 128 < 256.
;;
;; pick_rows: the row numbers whose distance at $out is below $cut, and the first $atCut rows
;; (in row order) at $cut itself, written to $picks in row order; returns how many.
;;   out    at $out     (count u16)
;;   picks  at $picks   (up to count i32)
(module
  (memory (export "memory") 1)
  (func (export "scan") (param $query i32) (param $rows i32) (param $scores i32) (param $count i32) (param $dims i32)
    (local $row i32) (local $at i32) (local $rowEnd i32) (local $q i32) (local $rowBytes i32)
    (local $sum0 v128) (local $sum1 v128)
    (local.set $rowBytes (i32.shl (local.get $dims) (i32.const 2)))
    (local.set $at (local.get $rows))
    (block $allDone
      (loop $eachRow
        (br_if $allDone (i32.ge_u (local.get $row) (local.get $count)))
        (local.set $sum0 (v128.const f32x4 0 0 0 0))
        (local.set $sum1 (v128.const f32x4 0 0 0 0))
        (local.set $q (local.get $query))
        (local.set $rowEnd (i32.add (local.get $at) (local.get $rowBytes)))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $at) (local.get $rowEnd)))
            (local.set $sum0 (f32x4.add (local.get $sum0) (f32x4.mul (v128.load (local.get $at)) (v128.load (local.get $q)))))
            (local.set $sum1 (f32x4.add (local.get $sum1) (f32x4.mul (v128.load offset=16 (local.get $at)) (v128.load offset=16 (local.get $q)))))
            (local.set $at (i32.add (local.get $at) (i32.const 32)))
            (local.set $q (i32.add (local.get $q) (i32.const 32)))
            (br $eachStep)))
        (local.set $sum0 (f32x4.add (local.get $sum0) (local.get $sum1)))
        (f32.store
          (i32.add (local.get $scores) (i32.shl (local.get $row) (i32.const 2)))
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $sum0)) (f32x4.extract_lane 1 (local.get $sum0)))
            (f32.add (f32x4.extract_lane 2 (local.get $sum0)) (f32x4.extract_lane 3 (local.get $sum0)))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $eachRow))))
  (func (export "scan_i8") (param $query i32) (param $rows i32) (param $scales i32) (param $scores i32) (param $count i32) (param $dims i32)
    (local $row i32) (local $at i32) (local $rowEnd i32) (local $q i32)
    (local $sum0 v128) (local $sum1 v128)
    (local.set $at (local.get $rows))
    (block $allDone
      (loop $eachRow
        (br_if $allDone (i32.ge_u (local.get $row) (local.get $count)))
        (local.set $sum0 (v128.const i32x4 0 0 0 0))
        (local.set $sum1 (v128.const i32x4 0 0 0 0))
        (local.set $q (local.get $query))
        (local.set $rowEnd (i32.add (local.get $at) (local.get $dims)))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $at) (local.get $rowEnd)))
            (local.set $sum0 (i32x4.add (local.get $sum0) (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $at)) (v128.load (local.get $q)))))
            (local.set $sum1 (i32x4.add (local.get $sum1) (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $at)) (v128.load offset=16 (local.get $q)))))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 32)))
            (br $eachStep)))
        (local.set $sum0 (i32x4.add (local.get $sum0) (local.get $sum1)))
        (f32.store
          (i32.add (local.get $scores) (i32.shl (local.get $row) (i32.const 2)))
          (f32.mul
            (f32.load (i32.add (local.get $scales) (i32.shl (local.get $row) (i32.const 2))))
            (f32.convert_i32_s
              (i32.add
                (i32.add (i32x4.extract_lane 0 (local.get $sum0)) (i32x4.extract_lane 1 (local.get $sum0)))
                (i32.add (i32x4.extract_lane 2 (local.get $sum0)) (i32x4.extract_lane 3 (local.get $sum0)))))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $eachRow))))
  (func (export "scan_i8_rows") (param $query i32) (param $rows i32) (param $scales i32) (param $picks i32) (param $scores i32) (param $n i32) (param $dims i32)
    (local $i i32) (local $row i32) (local $at i32) (local $rowEnd i32) (local $q i32)
    (local $sum0 v128) (local $sum1 v128)
    (block $allDone
      (loop $eachPick
        (br_if $allDone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row (i32.load (i32.add (local.get $picks) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $at (i32.add (local.get $rows) (i32.mul (local.get $row) (local.get $dims))))
        (local.set $sum0 (v128.const i32x4 0 0 0 0))
        (local.set $sum1 (v128.const i32x4 0 0 0 0))
        (local.set $q (local.get $query))
        (local.set $rowEnd (i32.add (local.get $at) (local.get $dims)))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $at) (local.get $rowEnd)))
            (local.set $sum0 (i32x4.add (local.get $sum0) (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $at)) (v128.load (local.get $q)))))
            (local.set $sum1 (i32x4.add (local.get $sum1) (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $at)) (v128.load offset=16 (local.get $q)))))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 32)))
            (br $eachStep)))
        (local.set $sum0 (i32x4.add (local.get $sum0) (local.get $sum1)))
        (f32.store
          (i32.add (local.get $scores) (i32.shl (local.get $i) (i32.const 2)))
          (f32.mul
            (f32.load (i32.add (local.get $scales) (i32.shl (local.get $row) (i32.const 2))))
            (f32.convert_i32_s
              (i32.add
                (i32.add (i32x4.extract_lane 0 (local.get $sum0)) (i32x4.extract_lane 1 (local.get $sum0)))
                (i32.add (i32x4.extract_lane 2 (local.get $sum0)) (i32x4.extract_lane 3 (local.get $sum0)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $eachPick))))
  (func (export "hamming") (param $query i32) (param $rows i32) (param $out i32) (param $hist i32) (param $count i32) (param $dims i32)
    (local $row i32) (local $at i32) (local $rowEnd i32) (local $q i32) (local $rowBytes i32) (local $bits v128)
    (local $distance i32) (local $bin i32)
    (local.set $rowBytes (i32.shr_u (local.get $dims) (i32.const 3)))
    (local.set $at (local.get $rows))
    (block $allDone
      (loop $eachRow
        (br_if $allDone (i32.ge_u (local.get $row) (local.get $count)))
        (local.set $bits (v128.const i32x4 0 0 0 0))
        (local.set $q (local.get $query))
        (local.set $rowEnd (i32.add (local.get $at) (local.get $rowBytes)))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $at) (local.get $rowEnd)))
            (local.set $bits (i8x16.add (local.get $bits) (i8x16.popcnt (v128.xor (v128.load (local.get $at)) (v128.load (local.get $q))))))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (br $eachStep)))
        (local.set $bits (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $bits))))
        (local.set $distance
          (i32.add
            (i32.add (i32x4.extract_lane 0 (local.get $bits)) (i32x4.extract_lane 1 (local.get $bits)))
            (i32.add (i32x4.extract_lane 2 (local.get $bits)) (i32x4.extract_lane 3 (local.get $bits)))))
        (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 1))) (local.get $distance))
        (local.set $bin (i32.add (local.get $hist) (i32.shl (local.get $distance) (i32.const 2))))
        (i32.store (local.get $bin) (i32.add (i32.load (local.get $bin)) (i32.const 1)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $eachRow))))
  (func (export "pick_rows") (param $out i32) (param $count i32) (param $cut i32) (param $atCut i32) (param $picks i32) (result i32)
    (local $row i32) (local $distance i32) (local $n i32)
    (block $allDone
      (loop $eachRow
        (br_if $allDone (i32.ge_u (local.get $row) (local.get $count)))
        (local.set $distance (i32.load16_u (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 1)))))
        (if (i32.lt_u (local.get $distance) (local.get $cut))
          (then
            (i32.store (i32.add (local.get $picks) (i32.shl (local.get $n) (i32.const 2))) (local.get $row))
            (local.set $n (i32.add (local.get $n) (i32.const 1))))
          (else
            (if (i32.and (i32.eq (local.get $distance) (local.get $cut)) (i32.gt_s (local.get $atCut) (i32.const 0)))
              (then
                (i32.store (i32.add (local.get $picks) (i32.shl (local.get $n) (i32.const 2))) (local.get $row))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $atCut (i32.sub (local.get $atCut) (i32.const 1)))))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $eachRow)))
    (local.get $n))
)
