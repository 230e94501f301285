// learner: optimal
// idiom: counting HashMap then a second pass over the distinct keys; nested for over a fixed 2-element array
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for &x in nums {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut out = Vec::new();
    for (&a, &n) in &counts {
        let b = match target.checked_sub(a) {
            Some(b) => b,
            None => continue,
        };
        if a > b {
            continue;
        }
        let ok = if a == b {
            n >= 2
        } else {
            counts.contains_key(&b)
        };
        if ok {
            out.push((a, b));
        }
    }
    out
}
