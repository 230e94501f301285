// learner: optimal
// idiom: embedded C style: u32 indices, while loop with manual bounds, two cursors
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len() as u32;
    let w = k as u32;
    if w == 0 || w > n || k > u32::MAX as usize {
        return None;
    }
    let mut acc: i64 = 0;
    let mut hi: u32 = 0;
    while hi < w {
        acc += nums[hi as usize] as i64;
        hi += 1;
    }
    let mut best = acc;
    let mut lo: u32 = 0;
    while hi < n {
        acc -= nums[lo as usize] as i64;
        acc += nums[hi as usize] as i64;
        if acc > best {
            best = acc;
        }
        lo += 1;
        hi += 1;
    }
    Some(best)
}
