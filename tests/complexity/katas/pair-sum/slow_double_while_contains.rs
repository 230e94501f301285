// learner: slow
// why: pair_sum is O(n^2) time, target O(n): compares every pair with two while loops and dedups with Vec::contains
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result: Vec<(i64, i64)> = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let mut j = i + 1;
        while j < nums.len() {
            let a = nums[i];
            let b = nums[j];
            // checked_add so huge numbers don't crash
            if let Some(total) = a.checked_add(b) {
                if total == target {
                    let mut pair = (a, b);
                    if a > b {
                        pair = (b, a);
                    }
                    if !result.contains(&pair) {
                        result.push(pair);
                    }
                }
            }
            j += 1;
        }
        i += 1;
    }
    result
}
