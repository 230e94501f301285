// The same window, but the pointers start again from zero for every
// element (declared inside the closure): each element walks the failures
// from the start, O(n^2).
// expect counts: time O(n^2), space O(n)
// target counts: time O(n), space O(n)
// slow: every element rescans the failures from the start
pub fn counts(ts: &[u64], fails: &[u64], w: u64) -> Vec<usize> {
    ts.iter()
        .map(|&t| {
            let mut lo = 0;
            while lo < fails.len() && fails[lo] + w < t {
                lo += 1;
            }
            let mut hi = lo;
            while hi < fails.len() && fails[hi] <= t + w {
                hi += 1;
            }
            hi - lo
        })
        .collect()
}
