// Recomputing every window sum: n times k, quadratic when k grows with n.
// expect max_window: time O(n^2), space O(1)
// target max_window: time O(n), space O(1)
pub fn max_window(v: &[i64], k: usize) -> i64 {
    let mut best = i64::MIN;
    for i in 0..=v.len() - k {
        let sum: i64 = v[i..i + k].iter().sum();
        best = best.max(sum);
    }
    best
}
