// learner: optimal
// idiom: hobbyist index while-loop, mutable temporaries, two HashSets, manual copy into result Vec
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut pairs_found: HashSet<(i64, i64)> = HashSet::new();
    let mut i = 0;
    while i < nums.len() {
        let current = nums[i];
        // what do we need to add to current to get target? (might not fit in i64)
        let needed = target.checked_sub(current);
        match needed {
            Some(other) => {
                if seen.contains(&other) {
                    let mut small = current;
                    let mut big = other;
                    if small > big {
                        let temp = small;
                        small = big;
                        big = temp;
                    }
                    pairs_found.insert((small, big));
                }
            }
            None => {}
        }
        seen.insert(current);
        i = i + 1;
    }
    let mut result = Vec::new();
    for p in pairs_found {
        result.push(p);
    }
    result
}
