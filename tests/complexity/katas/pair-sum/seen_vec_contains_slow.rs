// learner: slow
// why: pair_sum is O(n^2) time, target O(n): remembers seen values in a Vec and asks `contains` (a linear scan) for every element
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: Vec<i64> = Vec::new();
    let mut pairs: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let p = if x < c { (x, c) } else { (c, x) };
                if !pairs.contains(&p) {
                    pairs.push(p);
                }
            }
        }
        seen.push(x);
    }
    pairs
}
