// learner: slow
// idiom: GLSL: the "every fragment tests every other fragment" brute force, i/j index loops
// why: compares all n(n-1)/2 index pairs: O(n^2) time
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let n = nums.len();
    let mut hits: HashSet<(i64, i64)> = HashSet::new();
    for i in 0..n {
        for j in (i + 1)..n {
            let a = nums[i];
            let b = nums[j];
            // i128 so the sum can't overflow
            if a as i128 + b as i128 == target as i128 {
                hits.insert((a.min(b), a.max(b)));
            }
        }
    }
    hits.into_iter().collect()
}
