// learner: optimal
// idiom: Zig-style: count occurrences in a HashMap, then walk the distinct keys with manual checks, i128 arithmetic as the overflow guard
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, u32> = HashMap::with_capacity(nums.len());
    let mut i = 0usize;
    while i < nums.len() {
        let slot = counts.entry(nums[i]).or_insert(0);
        if *slot < 2 {
            *slot += 1;
        }
        i += 1;
    }

    let mut out: Vec<(i64, i64)> = Vec::new();
    for (&a, &count_a) in counts.iter() {
        let want: i128 = target as i128 - a as i128;
        if want < i64::MIN as i128 || want > i64::MAX as i128 {
            continue;
        }
        let b = want as i64;
        if a < b {
            if counts.contains_key(&b) {
                out.push((a, b));
            }
        } else if a == b && count_a >= 2 {
            out.push((a, a));
        }
    }
    out
}
