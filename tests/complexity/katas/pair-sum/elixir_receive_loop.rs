// learner: optimal
// idiom: elixir: a "receive loop" pulling values off an iterator, dedup keyed by the smaller value
// why: single pass with O(1) expected HashSet operations per value; the smaller value alone identifies a pair: O(n) time, O(n) space
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut mailbox = nums.iter().copied();
    let mut seen: HashSet<i64> = HashSet::new();
    // given the target, a pair is fully determined by its smaller half
    let mut reported_lows: HashSet<i64> = HashSet::new();
    let mut out = Vec::new();

    loop {
        match mailbox.next() {
            None => break,
            Some(x) => {
                let complement = target.checked_sub(x);
                match complement {
                    Some(c) if seen.contains(&c) => {
                        let (lo, hi) = if x <= c { (x, c) } else { (c, x) };
                        if reported_lows.insert(lo) {
                            out.push((lo, hi));
                        }
                    }
                    _ => {}
                }
                seen.insert(x);
            }
        }
    }
    out
}
