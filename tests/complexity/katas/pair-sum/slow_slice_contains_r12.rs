// learner: slow
// why: pair_sum is O(n^2) time, target O(n): for each position it searches the rest of the slice with contains
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut out = HashSet::new();
    for (i, &x) in nums.iter().enumerate() {
        let Some(c) = target.checked_sub(x) else { continue };
        if nums[i + 1..].contains(&c) {
            out.insert((x.min(c), x.max(c)));
        }
    }
    out.into_iter().collect()
}
