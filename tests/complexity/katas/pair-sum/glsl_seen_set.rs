// learner: optimal
// idiom: GLSL: one pass over the input "texels", a seen-set plus a hit-set, complement via checked_sub
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut hits: HashSet<(i64, i64)> = HashSet::new();

    for idx in 0..nums.len() {
        let texel = nums[idx];
        // complement overflows -> no i64 can ever complete this texel
        if let Some(other) = target.checked_sub(texel) {
            if seen.contains(&other) {
                // branch-free-ish ordering: lo/hi via min/max
                let lo = texel.min(other);
                let hi = texel.max(other);
                hits.insert((lo, hi));
            }
        }
        seen.insert(texel);
    }

    hits.into_iter().collect()
}
