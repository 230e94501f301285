// binary_search from std for each query.
// expect count_present: time O(n log n), space O(1)
pub fn count_present(sorted: &[i32], queries: &[i32]) -> usize {
    let mut hits = 0;
    for q in queries {
        if sorted.binary_search(q).is_ok() {
            hits += 1;
        }
    }
    hits
}
