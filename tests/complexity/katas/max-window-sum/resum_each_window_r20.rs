// learner: slow
// why: max_window_sum is O(n k) time, target O(n): every start position re-sums its k-long window with a slice iterator
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best = i64::MIN;
    let mut i = 0;
    while i + k <= nums.len() {
        let s: i64 = nums[i..i + k].iter().map(|&x| x as i64).sum();
        if s > best {
            best = s;
        }
        i += 1;
    }
    Some(best)
}
