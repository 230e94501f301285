// learner: optimal
// idiom: spreadsheet power user: one pass down the "column" with a seen-set as a lookup table and a found-set of answers, like VLOOKUP on the rows above
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new(); // values in the rows above
    let mut found: HashSet<(i64, i64)> = HashSet::new(); // answers so far, no duplicates

    for i in 0..nums.len() {
        let value = nums[i];
        // the number we need to reach the target; if it can't exist in i64, skip
        let needed = match target.checked_sub(value) {
            Some(n) => n,
            None => {
                seen.insert(value);
                continue;
            }
        };
        if seen.contains(&needed) {
            let small = if value < needed { value } else { needed };
            let big = if value < needed { needed } else { value };
            found.insert((small, big));
        }
        seen.insert(value);
    }

    let mut result = Vec::new();
    for pair in found {
        result.push(pair);
    }
    result
}
