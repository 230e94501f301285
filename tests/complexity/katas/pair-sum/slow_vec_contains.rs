// learner: slow
// why: pair_sum is O(n^2) time, target O(n): "seen" is a Vec, so every contains() is a linear scan
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: Vec<i64> = Vec::new();
    let mut result: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let p = (x.min(c), x.max(c));
                if !result.contains(&p) {
                    result.push(p);
                }
            }
        }
        if !seen.contains(&x) {
            seen.push(x);
        }
    }
    result
}
