// learner: slow
// idiom: Lisp Machine nostalgic: sort a copy, then a tail-recursive walk of two cursors inward (loop as recursion-by-hand)
// why: pair_sum is O(n log n) time (sort of a copy) vs the O(n) target; the walk itself is linear
//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut xs = nums.to_vec();
    xs.sort_unstable();
    let mut acc = Vec::new();
    if xs.len() < 2 {
        return acc;
    }
    let (mut lo, mut hi) = (0usize, xs.len() - 1);
    while lo < hi {
        let (a, b) = (xs[lo], xs[hi]);
        // compare in i128 so nothing overflows
        let sum = a as i128 + b as i128;
        let t = target as i128;
        if sum < t {
            lo += 1;
        } else if sum > t {
            hi -= 1;
        } else {
            acc.push((a, b));
            while lo < hi && xs[lo] == a {
                lo += 1;
            }
            while hi > lo && xs[hi] == b {
                hi -= 1;
            }
        }
    }
    acc
}
