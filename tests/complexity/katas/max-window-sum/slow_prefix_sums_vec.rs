// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a whole prefix-sum Vec first, then takes the best difference P[i+k] - P[i]
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut prefix: Vec<i64> = Vec::with_capacity(nums.len() + 1);
    prefix.push(0);
    for &x in nums {
        let last = *prefix.last().unwrap();
        prefix.push(last + x as i64);
    }
    let mut best = i64::MIN;
    for i in 0..=nums.len() - k {
        best = best.max(prefix[i + k] - prefix[i]);
    }
    Some(best)
}
