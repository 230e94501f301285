// One call on a half with constant work: logarithmic.
// expect find: time O(log n), space O(log n)
pub fn find(v: &[i32], target: i32) -> bool {
    if v.is_empty() {
        return false;
    }
    let mid = v.len() / 2;
    if v[mid] == target {
        true
    } else if v[mid] < target {
        find(&v[mid + 1..], target)
    } else {
        find(&v[..mid], target)
    }
}
