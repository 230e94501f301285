// A closure that scans the slice inside a chain over the slice: quadratic.
// expect count_with_larger: time O(n^2), space O(1)
pub fn count_with_larger(v: &[i32]) -> usize {
    v.iter().filter(|&&x| v.iter().any(|&y| y > x)).count()
}
