// Classic binary search: the range halves each iteration.
// expect search: time O(log n), space O(1)
pub fn search(v: &[i32], target: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Some(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}
