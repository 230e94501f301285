// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a prefix-sum Vec with scan/collect, then differences it
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let prefix: Vec<i64> = std::iter::once(0)
        .chain(nums.iter().scan(0i64, |acc, &x| {
            *acc += x as i64;
            Some(*acc)
        }))
        .collect();
    prefix.iter().zip(&prefix[k..]).map(|(lo, hi)| hi - lo).max()
}
