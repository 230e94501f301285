// A dedupe that scans the output with `iter().any` before pushing to it:
// at every round but the first the output holds what the rounds before
// pushed, so the scan is O(n) per element, O(n^2) in all. The walk once
// priced the scan at the length the output had before the loop (empty),
// and called the function O(n) with high confidence.
// expect pairs_summing_to: time O(n^2), space O(n)
// target pairs_summing_to: time O(n), space O(n)
use std::collections::HashSet;

pub fn pairs_summing_to(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let pair = (x.min(c), x.max(c));
                if !out.iter().any(|&q| q == pair) {
                    out.push(pair);
                }
            }
        }
        seen.insert(x);
    }
    out
}
