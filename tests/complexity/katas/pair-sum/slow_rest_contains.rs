// learner: slow
// why: pair_sum is O(n^2) time, target O(n): `rest.contains(&need)` is a linear scan of the tail for every element
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result: Vec<(i64, i64)> = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let x = nums[i];
        let rest = &nums[i + 1..];
        if let Some(need) = target.checked_sub(x) {
            // like `if need in rest` in Python
            if rest.contains(&need) {
                let pair = if x <= need { (x, need) } else { (need, x) };
                if !result.contains(&pair) {
                    result.push(pair);
                }
            }
        }
        i += 1;
    }
    result
}
