// A linear helper called from inside `filter`: the closure runs once per
// element, so the helper's O(n) is paid n times.
// expect count_present: time O(n^2), space O(1)
// target count_present: time O(n), space O(n)
// unsure: the O(n) is the helper's, priced on its own parameters; over the target by a factor of n, which the measurement sees
fn present(hay: &[u32], x: u32) -> bool {
    for &h in hay {
        if h == x {
            return true;
        }
    }
    false
}
pub fn count_present(hay: &[u32], needles: &[u32]) -> usize {
    needles.iter().filter(|&&x| present(hay, x)).count()
}
