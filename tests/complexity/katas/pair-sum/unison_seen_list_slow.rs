// learner: slow
// idiom: Unison: the one-pass idea, but `seen` is a plain list (`List.contains`) and the answer list is deduplicated with `contains` too
// why: `seen.contains` walks the Vec of everything seen so far: O(n) per element, O(n^2) overall, where the target is O(n) with a hash set
//! Pairs that sum to a target.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: Vec<i64> = Vec::new();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(y) = target.checked_sub(x) {
            if seen.contains(&y) {
                let pair = (x.min(y), x.max(y));
                if !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
        seen.push(x);
    }
    out
}
