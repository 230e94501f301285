// `retain` walks the whole vector each time.
// expect remove_all: time O(n^2), space O(1)
// target remove_all: time O(n), space O(n)
pub fn remove_all(v: &mut Vec<i32>, bad: &[i32]) {
    for b in bad {
        v.retain(|x| x != b);
    }
}
