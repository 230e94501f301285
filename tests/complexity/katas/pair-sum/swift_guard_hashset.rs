// learner: optimal
// idiom: Swift-style guard early returns, Option complement via checked_sub, two HashSets
use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    guard_non_trivial(nums).map_or_else(Vec::new, |values| collect_pairs(values, target))
}

fn guard_non_trivial(nums: &[i64]) -> Option<&[i64]> {
    if nums.len() < 2 {
        return None;
    }
    Some(nums)
}

fn collect_pairs(values: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(values.len());
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &value in values {
        let complement = match target.checked_sub(value) {
            Some(c) => c,
            None => {
                seen.insert(value);
                continue;
            }
        };
        if seen.contains(&complement) {
            let pair = if value <= complement { (value, complement) } else { (complement, value) };
            found.insert(pair);
        }
        seen.insert(value);
    }
    found.into_iter().collect()
}
