// learner: slow
// why: pair_sum is O(n^2) time, target O(n): compares every index with every later index (brute force with while loops)
#![allow(non_snake_case)]
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut uniquePairs: HashSet<(i64, i64)> = HashSet::new();
    let size = nums.len();
    let mut i = 0;
    while i < size {
        let first = nums[i];
        let needed = match target.checked_sub(first) {
            Some(v) => v,
            None => {
                i += 1;
                continue;
            }
        };
        let mut j = i + 1;
        while j < size {
            if nums[j] == needed {
                let pair = if first <= needed { (first, needed) } else { (needed, first) };
                uniquePairs.insert(pair);
            }
            j += 1;
        }
        i += 1;
    }
    let mut result = Vec::new();
    for p in uniquePairs {
        result.push(p);
    }
    result
}
