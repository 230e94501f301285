// Sorting once, then one pass.
// expect closest_gap: time O(n log n), space O(n)
pub fn closest_gap(v: &[i64]) -> i64 {
    let mut s = v.to_vec();
    s.sort_unstable();
    let mut best = i64::MAX;
    for w in s.windows(2) {
        best = best.min(w[1] - w[0]);
    }
    best
}
