// learner: slow
// why: pair_sum is O(n·p) = O(n^2) time, target O(n): Swift-style, seen values in a Set but duplicate pairs filtered with `result.contains` on the output Vec (up to n/2 pairs)
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    var_pairs(nums, target)
}

fn var_pairs(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut result: Vec<(i64, i64)> = Vec::new();
    for &value in nums {
        guard_pair(value, target, &seen, &mut result);
        seen.insert(value);
    }
    result
}

fn guard_pair(value: i64, target: i64, seen: &HashSet<i64>, result: &mut Vec<(i64, i64)>) {
    let Some(other) = target.checked_sub(value) else { return };
    guard_seen(seen, other).then(|| {
        let pair = (value.min(other), value.max(other));
        if !result.contains(&pair) {
            result.push(pair);
        }
    });
}

fn guard_seen(seen: &HashSet<i64>, v: i64) -> bool {
    seen.contains(&v)
}
