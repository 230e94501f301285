// learner: optimal
// idiom: Go-style: small helper taking many parameters, explicit for loop, early returns
//! Maximum sum of a sliding window: see README.md.

fn slide(sum: i64, entering: i32, leaving: i32) -> i64 {
    sum + entering as i64 - leaving as i64
}

fn sum_prefix(nums: &[i32], k: usize) -> i64 {
    let mut s: i64 = 0;
    for i in 0..k {
        s += nums[i] as i64;
    }
    s
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    if k > nums.len() {
        return None;
    }
    let mut cur = sum_prefix(nums, k);
    let mut best = cur;
    for i in k..nums.len() {
        cur = slide(cur, nums[i], nums[i - k]);
        if cur > best {
            best = cur;
        }
    }
    Some(best)
}
