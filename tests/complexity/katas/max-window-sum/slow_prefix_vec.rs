// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a full prefix-sum Vec before scanning
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut prefix = Vec::with_capacity(nums.len() + 1);
    prefix.push(0i64);
    for &x in nums {
        let last = *prefix.last().unwrap();
        prefix.push(last + x as i64);
    }
    (k..=nums.len()).map(|end| prefix[end] - prefix[end - k]).max()
}
