// learner: optimal
// idiom: assembly-style: two index registers, a countdown counter, bare `loop` with explicit breaks, no iterators
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut acc: i64 = 0;
    let mut i: usize = 0;
    loop {
        if i == k {
            break;
        }
        acc += nums[i] as i64;
        i += 1;
    }
    let mut hi = acc;
    let mut tail: usize = 0; // index of the element about to leave
    let mut left = n - k; // windows still to slide over
    loop {
        if left == 0 {
            break;
        }
        acc -= nums[tail] as i64;
        acc += nums[i] as i64;
        if acc > hi {
            hi = acc;
        }
        tail += 1;
        i += 1;
        left -= 1;
    }
    Some(hi)
}
