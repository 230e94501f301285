// learner: optimal
// idiom: Haskell-convert: guard clause, descriptive running/best sums, plain index loop adding the entering and subtracting the leaving element
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut current_window_sum: i64 = 0;
    for index in 0..k {
        current_window_sum += nums[index] as i64;
    }
    let mut best_window_sum = current_window_sum;
    for entering_index in k..nums.len() {
        let leaving_index = entering_index - k;
        current_window_sum += nums[entering_index] as i64 - nums[leaving_index] as i64;
        if current_window_sum > best_window_sum {
            best_window_sum = current_window_sum;
        }
    }
    Some(best_window_sum)
}
