// Two pointers kept in `scan`'s state (or declared before a `map`'s
// closure) only move forward from one element to the next, never reset:
// over the whole pass their steps add up to the failures' length, O(n),
// as the same loops inside a `for` over the timeline.
// expect counts: time O(n), space O(n)
// target counts: time O(n), space O(n)
// expect counts_captured: time O(n), space O(n)
// target counts_captured: time O(n), space O(n)
pub fn counts(ts: &[u64], fails: &[u64], w: u64) -> Vec<usize> {
    ts.iter()
        .scan((0usize, 0usize), |(lo, hi), &t| {
            while *lo < fails.len() && fails[*lo] + w < t {
                *lo += 1;
            }
            while *hi < fails.len() && fails[*hi] <= t + w {
                *hi += 1;
            }
            Some(*hi - *lo)
        })
        .collect()
}

pub fn counts_captured(ts: &[u64], fails: &[u64], w: u64) -> Vec<usize> {
    let mut lo = 0;
    let mut hi = 0;
    ts.iter()
        .map(|&t| {
            while lo < fails.len() && fails[lo] + w < t {
                lo += 1;
            }
            while hi < fails.len() && fails[hi] <= t + w {
                hi += 1;
            }
            hi - lo
        })
        .collect()
}
