// Building a Vec by inserting at the front.
// expect reversed: time O(n^2), space O(n)
pub fn reversed(v: &[i32]) -> Vec<i32> {
    let mut out = Vec::new();
    for &x in v {
        out.insert(0, x);
    }
    out
}
