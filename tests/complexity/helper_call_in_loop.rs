// A helper of the same file that is linear, called in a loop.
// expect count_common: time O(n^2), space O(1)
// expect contains: time O(n), space O(1)
pub fn count_common(a: &[i32], b: &[i32]) -> usize {
    let mut n = 0;
    for x in a {
        if contains(b, *x) {
            n += 1;
        }
    }
    n
}
fn contains(v: &[i32], x: i32) -> bool {
    for &y in v {
        if y == x {
            return true;
        }
    }
    false
}
