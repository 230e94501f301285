// learner: slow
// why: pair_sum is O(n^2) time, target O(n): the "seen" values live in a Vec and every element scans it with contains
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: Vec<i64> = Vec::new();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let pair = if x < c { (x, c) } else { (c, x) };
                if !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
        seen.push(x);
    }
    out
}
