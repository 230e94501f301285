// learner: slow
// why: pair_sum is O(n^2) time, target O(n): enumerate + flat_map compares every element with every later one
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let set: HashSet<(i64, i64)> = nums
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| nums[i + 1..].iter().map(move |&b| (a, b)))
        .filter(|&(a, b)| a.checked_add(b) == Some(target))
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    set.into_iter().collect()
}
