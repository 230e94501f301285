// learner: slow
// why: pair_sum is O(n^2) time, target O(n): two nested while loops with manual counters compare every pair of positions
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut found = HashSet::new();
    let mut i = 0;
    while i < nums.len() {
        let mut j = i + 1;
        while j < nums.len() {
            let (a, b) = (nums[i], nums[j]);
            if a.checked_add(b) == Some(target) {
                found.insert((a.min(b), a.max(b)));
            }
            j += 1;
        }
        i += 1;
    }
    found.into_iter().collect()
}
