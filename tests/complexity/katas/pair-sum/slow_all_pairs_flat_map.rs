// learner: slow
// why: pair_sum is O(n^2) time, target O(n): flat_map over every (i, j) index pair with j > i
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let n = nums.len();
    let pairs: HashSet<(i64, i64)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (nums[i], nums[j])))
        .filter(|&(a, b)| a.checked_add(b) == Some(target))
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    pairs.into_iter().collect()
}
