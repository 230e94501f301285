// learner: slow
// why: pair_sum is O(n·p) = O(n^2) time, target O(n): Perl `grep`-style dedupe, each hit scans the output list with iter().any() before pushing
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut out: Vec<(i64, i64)> = vec![];
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let p = if x < c { (x, c) } else { (c, x) };
                if !out.iter().any(|&q| q == p) { out.push(p); }
            }
        }
        seen.insert(x);
    }
    out
}
