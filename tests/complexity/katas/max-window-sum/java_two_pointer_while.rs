// learner: optimal
// idiom: Java-ish: one while loop with left/right pointers that grows the window to k then slides it, Option<i64> best tracked with match
#![allow(non_snake_case)]
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || nums.len() < k {
        return None;
    }
    let mut left: usize = 0;
    let mut right: usize = 0;
    let mut windowSum: i64 = 0;
    let mut best: Option<i64> = None;
    while right < nums.len() {
        windowSum += nums[right] as i64;
        right += 1;
        if right - left > k {
            windowSum -= nums[left] as i64;
            left += 1;
        }
        if right - left == k {
            best = match best {
                None => Some(windowSum),
                Some(b) if windowSum > b => Some(windowSum),
                Some(b) => Some(b),
            };
        }
    }
    best
}
