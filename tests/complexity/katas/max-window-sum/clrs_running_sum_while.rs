// learner: optimal
// idiom: textbook pseudo-code: 1-based-feeling while loops, explicit -infinity sentinel for best, separate INITIAL-SUM procedure
//! Maximum sum of a sliding window: see README.md.

const MINUS_INFINITY: i64 = i64::MIN;

/// INITIAL-SUM(A, k): A[0] + ... + A[k-1]
fn initial_sum(a: &[i32], k: usize) -> i64 {
    let mut s: i64 = 0;
    let mut i = 0;
    while i < k {
        s = s + a[i] as i64;
        i = i + 1;
    }
    s
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best = MINUS_INFINITY;
    let mut s = initial_sum(nums, k);
    if s > best {
        best = s;
    }
    let mut j = k;
    while j < n {
        s = s + nums[j] as i64 - nums[j - k] as i64;
        if s > best {
            best = s;
        }
        j = j + 1;
    }
    Some(best)
}
