// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a full prefix-sum Vec before looking at any window
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let prefix: Vec<i64> = std::iter::once(0i64)
        .chain(nums.iter().scan(0i64, |acc, &x| {
            *acc += x as i64;
            Some(*acc)
        }))
        .collect();
    (k..prefix.len()).map(|end| prefix[end] - prefix[end - k]).max()
}
