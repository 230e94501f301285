// Sorting inside a loop.
// expect running_medians: time O(n^2 log n), space O(n)
// target running_medians: time O(n log n), space O(n)
pub fn running_medians(stream: &[i64]) -> Vec<i64> {
    let mut seen = Vec::new();
    let mut medians = Vec::new();
    for &x in stream {
        seen.push(x);
        seen.sort();
        medians.push(seen[seen.len() / 2]);
    }
    medians
}
