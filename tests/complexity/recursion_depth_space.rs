// Summing a slice by recursing on the tail: n frames deep, O(n) space where
// a loop needs O(1).
// expect total: time O(n), space O(n)
// target total: time O(n), space O(1)
// unsure: the recursion's shape is not recognised for certain: measurement decides
pub fn total(v: &[i64]) -> i64 {
    match v.split_first() {
        None => 0,
        Some((head, rest)) => head + total(rest),
    }
}
