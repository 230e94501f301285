// A `for` over what a std method returns as an Option (`checked_sub`)
// runs at most once: one pass over the input, O(n).
// expect pair_sum: time O(n), space O(n)
// target pair_sum: time O(n), space O(n)
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::with_capacity(nums.len());
    let mut out = Vec::new();
    for &x in nums.iter() {
        for c in target.checked_sub(x) {
            if seen.contains(&c) {
                out.push((x.min(c), x.max(c)));
            }
        }
        seen.insert(x);
    }
    out
}
