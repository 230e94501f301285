// A sliding window whose left edge only moves forward: linear overall.
// expect longest_distinct: time O(n), space O(n)
use std::collections::HashSet;
pub fn longest_distinct(s: &[u8]) -> usize {
    let mut seen = HashSet::new();
    let mut left = 0;
    let mut best = 0;
    for right in 0..s.len() {
        while seen.contains(&s[right]) {
            seen.remove(&s[left]);
            left += 1;
        }
        seen.insert(s[right]);
        best = best.max(right + 1 - left);
    }
    best
}
