// learner: optimal
// idiom: SRE quick script: one for loop, seen HashSet + result HashSet, checked_sub early continue
use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut hits: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        let want = match target.checked_sub(x) {
            Some(w) => w,
            None => {
                seen.insert(x);
                continue;
            }
        };
        if seen.contains(&want) {
            hits.insert((x.min(want), x.max(want)));
        }
        seen.insert(x);
    }
    hits.into_iter().collect()
}
