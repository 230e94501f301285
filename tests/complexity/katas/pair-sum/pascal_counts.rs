// learner: optimal
// idiom: Pascal-teacher style: count table in a HashMap, while loop with index, i128 arithmetic, procedure filling a var result
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/* procedure CountValues(nums; var counts) */
fn count_values(nums: &[i64], counts: &mut HashMap<i64, usize>) {
    let mut i: usize = 0;
    while i < nums.len() {
        let c = counts.entry(nums[i]).or_insert(0);
        *c = *c + 1;
        i = i + 1;
    }
}

/* procedure CollectPairs(counts, target; var result) */
fn collect_pairs(counts: &HashMap<i64, usize>, target: i64, result: &mut Vec<(i64, i64)>) {
    for (&a, &howmany) in counts.iter() {
        let want: i128 = target as i128 - a as i128;
        if want >= i64::MIN as i128 && want <= i64::MAX as i128 {
            let b: i64 = want as i64;
            if a < b {
                if counts.contains_key(&b) {
                    result.push((a, b));
                }
            } else if a == b {
                if howmany >= 2 {
                    result.push((a, b));
                }
            }
        }
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    let mut result: Vec<(i64, i64)> = Vec::new();
    count_values(nums, &mut counts);
    collect_pairs(&counts, target, &mut result);
    result
}
