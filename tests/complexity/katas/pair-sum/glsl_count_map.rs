// learner: optimal
// idiom: GLSL: histogram pass (saturating 2-bit style counts) then one gather pass over the distinct keys
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // pass 1: histogram, clamp at 2 (we only care about 0 / 1 / "many")
    let mut hist: HashMap<i64, u8> = HashMap::with_capacity(nums.len());
    for &v in nums {
        let c = hist.entry(v).or_insert(0);
        *c = (*c + 1).min(2);
    }

    // pass 2: each distinct key looks up its partner once
    let mut out = Vec::new();
    for (&v, &count) in hist.iter() {
        let other = match target.checked_sub(v) {
            Some(o) => o,
            None => continue,
        };
        if v < other {
            if hist.contains_key(&other) {
                out.push((v, other));
            }
        } else if v == other && count >= 2 {
            out.push((v, v));
        }
        // v > other: the pair is emitted when the loop reaches `other`
    }
    out
}
