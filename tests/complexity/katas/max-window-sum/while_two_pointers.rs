// learner: optimal
// idiom: while loop with explicit left/right pointers, match on the guard
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, n) => {
            let mut window = 0i64;
            let mut right = 0usize;
            let mut left = 0usize;
            let mut best = i64::MIN;
            while right < n {
                window += nums[right] as i64;
                right += 1;
                if right - left > k {
                    window -= nums[left] as i64;
                    left += 1;
                }
                if right - left == k && window > best {
                    best = window;
                }
            }
            Some(best)
        }
    }
}
