// An iterator chain with map and filter, consumed by sum: one pass.
// expect even_square_sum: time O(n), space O(1)
pub fn even_square_sum(v: &[i64]) -> i64 {
    v.iter().filter(|x| *x % 2 == 0).map(|x| x * x).sum()
}
