// learner: slow
// idiom: GLSL: "seen" kept in a flat array buffer of distinct values, looked up by a linear any() scan
// why: every element scans the array of distinct values seen so far: O(n * distinct) = O(n^2) time
//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // distinct values seen so far (a flat buffer, like a uniform array)
    let mut seen: Vec<i64> = Vec::new();
    let mut out: Vec<(i64, i64)> = Vec::new();

    for &texel in nums {
        if let Some(other) = target.checked_sub(texel) {
            if seen.iter().any(|&s| s == other) {
                let pair = (texel.min(other), texel.max(other));
                if !out.iter().any(|&p| p == pair) {
                    out.push(pair);
                }
            }
        }
        if !seen.iter().any(|&s| s == texel) {
            seen.push(texel);
        }
    }
    out
}
