// learner: optimal
// idiom: Swift-style: Set of seen values + Set of found pairs, let-else on checked_sub, min/max to order the pair
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    var_found(nums, target).into_iter().collect()
}

fn var_found(nums: &[i64], target: i64) -> HashSet<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &number in nums {
        if let Some(complement) = target.checked_sub(number) {
            if seen.contains(&complement) {
                found.insert((number.min(complement), number.max(complement)));
            }
        }
        seen.insert(number);
    }
    found
}
