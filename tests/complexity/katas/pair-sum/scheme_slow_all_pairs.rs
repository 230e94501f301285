// learner: slow
// why: pair_sum is O(n^2) time, target O(n): every element is paired with every later element via flat_map over suffixes
use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let unique: HashSet<(i64, i64)> = nums
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| pairs_with_rest(a, &nums[i + 1..], target))
        .collect();
    unique.into_iter().collect()
}

/// All partners of `a` in the rest of the list, as ordered pairs.
fn pairs_with_rest(a: i64, rest: &[i64], target: i64) -> impl Iterator<Item = (i64, i64)> + '_ {
    rest.iter()
        .filter(move |&&b| sums_to(a, b, target))
        .map(move |&b| (a.min(b), a.max(b)))
}

/// Does a + b equal target, without overflowing?
fn sums_to(a: i64, b: i64, target: i64) -> bool {
    a.checked_add(b) == Some(target)
}
