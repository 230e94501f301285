// The slow counterpart: the cursor starts from zero on every call, so each
// element scans the list from the start.
// expect count_near: time O(n^2), space O(n)
// slow: every element scans the marks from the start
// target count_near: time O(n), space O(n)
pub fn count_near(points: &[u64], marks: &[u64], window: u64) -> usize {
    let sorted: Vec<u64> = marks.to_vec();
    let mut total = 0;
    for &t in points {
        let mut p = 0;
        while p < sorted.len() && sorted[p] + window < t {
            p += 1;
        }
        total += p;
    }
    total
}
