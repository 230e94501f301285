// learner: slow
// idiom: spreadsheet power user: compare every row with every row below it (like a helper grid of SUMs), and check the answer list before adding
// why: pair_sum is O(n^2) time (all i<j pairs, plus a linear contains on the answer list) vs the O(n) target; no lookup table, just nested index loops
//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut answers: Vec<(i64, i64)> = Vec::new();
    for i in 0..nums.len() {
        for j in (i + 1)..nums.len() {
            let a = nums[i];
            let b = nums[j];
            // i128 so that MIN + MAX style sums can't overflow
            if a as i128 + b as i128 == target as i128 {
                let pair = if a <= b { (a, b) } else { (b, a) };
                if !answers.contains(&pair) {
                    answers.push(pair);
                }
            }
        }
    }
    answers
}
