// learner: optimal
// idiom: Forth-style index loop with a counter, running sum and best kept in two i64 "stack cells"
//! Maximum sum of a sliding window: see README.md.

fn cell(nums: &[i32], i: usize) -> i64 {
    nums[i] as i64
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut sum: i64 = 0;
    let mut i = 0;
    while i < k {
        sum += cell(nums, i);
        i += 1;
    }
    let mut best = sum;
    while i < n {
        sum = sum + cell(nums, i) - cell(nums, i - k);
        if sum > best {
            best = sum;
        }
        i += 1;
    }
    Some(best)
}
