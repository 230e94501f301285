// Two loops one after the other stay linear.
// expect min_and_max: time O(n), space O(1)
pub fn min_and_max(v: &[i32]) -> (i32, i32) {
    let mut lo = i32::MAX;
    for &x in v {
        lo = lo.min(x);
    }
    let mut hi = i32::MIN;
    for &x in v {
        hi = hi.max(x);
    }
    (lo, hi)
}
