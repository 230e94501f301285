// learner: optimal
// idiom: competitive-programmer style: index loop, short names, everything inline
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let n = nums.len();
    let mut s: HashSet<i64> = HashSet::new();
    let mut p: HashSet<(i64, i64)> = HashSet::new();
    let mut r = Vec::new();
    for i in 0..n {
        let x = nums[i];
        if let Some(c) = target.checked_sub(x) {
            if s.contains(&c) {
                let q = if x < c { (x, c) } else { (c, x) };
                if p.insert(q) { r.push(q); }
            }
        }
        s.insert(x);
    }
    r
}
