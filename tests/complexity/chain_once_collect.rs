// `once(0).chain(v.iter().scan(..))` has n + 1 items: collecting it is a
// prefix-sum table, O(n) extra space where O(1) is asked.
// expect max_window: time O(n), space O(n)
// target max_window: time O(n), space O(1)
pub fn max_window(v: &[i64], k: usize) -> Option<i64> {
    let prefix: Vec<i64> = std::iter::once(0)
        .chain(v.iter().scan(0i64, |acc, &x| {
            *acc += x;
            Some(*acc)
        }))
        .collect();
    prefix.iter().zip(&prefix[k..]).map(|(lo, hi)| hi - lo).max()
}
