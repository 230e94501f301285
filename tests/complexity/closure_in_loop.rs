// A let-bound closure that scans the input, called in a loop.
// expect count_smaller: time O(n^2), space O(1)
pub fn count_smaller(v: &[i32]) -> usize {
    let smaller = |x: i32| v.iter().filter(|&&y| y < x).count();
    let mut total = 0;
    for &x in v {
        total += smaller(x);
    }
    total
}
