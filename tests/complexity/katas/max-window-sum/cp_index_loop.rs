// learner: optimal
// idiom: competitive-programmer style: short names, one index loop, everything inline
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n { return None; }
    let mut s: i64 = 0;
    for i in 0..k { s += nums[i] as i64; }
    let mut b = s;
    for i in k..n {
        s += nums[i] as i64 - nums[i - k] as i64;
        if s > b { b = s; }
    }
    Some(b)
}
