// A sliding window sum: one pass, constant space.
// expect max_window: time O(n), space O(1)
pub fn max_window(v: &[i64], k: usize) -> i64 {
    let mut sum: i64 = v[..k].iter().sum();
    let mut best = sum;
    for i in k..v.len() {
        sum += v[i] - v[i - k];
        best = best.max(sum);
    }
    best
}
