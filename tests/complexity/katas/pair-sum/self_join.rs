// learner: slow
// idiom: SQL stored-procedure developer: a literal self-join of the table on itself with i < j, then DISTINCT
// why: pair_sum is O(n^2) time (nested scan over all index pairs) vs the O(n) target; the DISTINCT is a linear Vec::contains per hit too
//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // SELECT DISTINCT LEAST(t1.v, t2.v), GREATEST(t1.v, t2.v)
    //   FROM nums t1 JOIN nums t2 ON t1.idx < t2.idx
    //  WHERE t1.v + t2.v = @target
    let mut result: Vec<(i64, i64)> = Vec::new();
    let n = nums.len();
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n {
            let t1 = nums[i];
            let t2 = nums[j];
            if t1.checked_add(t2) == Some(target) {
                let row = if t1 <= t2 { (t1, t2) } else { (t2, t1) };
                if !result.contains(&row) {
                    result.push(row);
                }
            }
            j += 1;
        }
        i += 1;
    }
    result
}
