// learner: optimal
// idiom: Java-ish: guard clauses with early return, classic index for-loops, explicit casts to i64, separate currentSum/maxSum variables
#![allow(non_snake_case)]
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    if k > nums.len() {
        return None;
    }
    let mut currentSum: i64 = 0;
    for i in 0..k {
        currentSum += nums[i] as i64;
    }
    let mut maxSum: i64 = currentSum;
    for i in k..nums.len() {
        currentSum = currentSum + (nums[i] as i64) - (nums[i - k] as i64);
        if currentSum > maxSum {
            maxSum = currentSum;
        }
    }
    return Some(maxSum);
}
