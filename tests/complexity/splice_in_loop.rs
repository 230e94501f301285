// Inserting each value at the front with `splice` shifts the whole Vec.
// expect prepend_all: time O(n^2), space O(n)
// target prepend_all: time O(n), space O(n)
pub fn prepend_all(xs: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    for &x in xs {
        out.splice(0..0, [x]);
    }
    out
}
