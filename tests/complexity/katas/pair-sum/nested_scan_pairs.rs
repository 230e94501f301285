// learner: slow
// idiom: Pony actor-model programmer: every element "asks" every later element whether they sum to the target (nested loops), and accepted pairs are checked against the results so far before being added.
// why: pair_sum is O(n^2) time (all index pairs, plus a linear `contains` over the result list per hit) vs the O(n) target.
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut found: Vec<(i64, i64)> = Vec::new();
    for (i, &a) in nums.iter().enumerate() {
        for &b in &nums[i + 1..] {
            // compare in i128 so i64::MIN + i64::MIN cannot overflow
            if a as i128 + b as i128 == target as i128 {
                let pair = if a <= b { (a, b) } else { (b, a) };
                if !found.contains(&pair) {
                    found.push(pair);
                }
            }
        }
    }
    found
}
