// Taking a constant number of elements: constant.
// expect top3_sum: time O(1), space O(1)
pub fn top3_sum(v: &[i32]) -> i32 {
    v.iter().take(3).sum()
}
