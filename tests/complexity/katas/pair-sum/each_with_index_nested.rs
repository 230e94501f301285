// learner: slow
// idiom: Groovy/Gradle build engineer: eachWithIndex-style nested loops over positions, result list de-duplicated with contains
// why: pair_sum is O(n^2) time (every position against every later one, plus an O(p) contains per hit) vs the O(n) target; no hash set of seen values
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result: Vec<(i64, i64)> = Vec::new();
    for (i, &a) in nums.iter().enumerate() {
        for &b in &nums[i + 1..] {
            // compare via checked_add so extreme values don't panic
            if a.checked_add(b) == Some(target) {
                let pair = if a <= b { (a, b) } else { (b, a) };
                if !result.contains(&pair) {
                    result.push(pair);
                }
            }
        }
    }
    result
}
