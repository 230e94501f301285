// Recomputing the maximum of a window at every step.
// expect window_maxima: time O(n^2), space O(n)
pub fn window_maxima(v: &[i32], k: usize) -> Vec<i32> {
    let mut out = Vec::new();
    for i in 0..v.len() - k + 1 {
        out.push(*v[i..i + k].iter().max().unwrap());
    }
    out
}
