//! Pairs that sum to a target: compare every pair of positions (O(n^2)).

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut pairs = Vec::new();
    for i in 0..nums.len() {
        for j in i + 1..nums.len() {
            if nums[i].checked_add(nums[j]) == Some(target) {
                let pair = (nums[i].min(nums[j]), nums[i].max(nums[j]));
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
    }
    pairs
}
