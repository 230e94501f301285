// learner: optimal
// idiom: C-style while loop with explicit index and continue-expression style increments
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n: usize = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut acc: i64 = 0;
    let mut i: usize = 0;
    while i < k {
        acc += nums[i] as i64;
        i += 1;
    }
    let mut best: i64 = acc;
    let mut j: usize = k;
    while j < n {
        acc += nums[j] as i64;
        acc -= nums[j - k] as i64;
        if acc > best {
            best = acc;
        }
        j += 1;
    }
    Some(best)
}
