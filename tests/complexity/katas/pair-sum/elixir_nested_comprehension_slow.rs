// learner: slow
// idiom: elixir: a `for x <- list, y <- rest` comprehension written as two nested for loops
// why: misses O(n) time: every element is compared with every later one, n(n-1)/2 checks = O(n^2)
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut found = HashSet::new();
    for (i, &a) in nums.iter().enumerate() {
        for &b in &nums[i + 1..] {
            // i128 so that huge values cannot overflow
            if a as i128 + b as i128 == target as i128 {
                found.insert((a.min(b), a.max(b)));
            }
        }
    }
    found.into_iter().collect()
}
