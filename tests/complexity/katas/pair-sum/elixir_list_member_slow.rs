// learner: slow
// idiom: elixir: Enum.member?-style lookups in a plain list of seen values and of found pairs
// why: misses O(n) time: `Vec::contains` is a linear scan of everything seen so far, so the pass is O(n^2)
//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: Vec<i64> = Vec::new();
    let mut pairs: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let pair = (x.min(c), x.max(c));
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
        seen.push(x);
    }
    pairs
}
