// Binary search whose ends are called `a` and `z`, halving with a shift:
// the bound comes from the condition's two ends being reassigned and the
// shift in the syntax tree, not from the names.
// expect find: time O(log n), space O(1)
// target find: time O(log n), space O(1)
pub fn find(xs: &[i32], t: i32) -> Option<usize> {
    let (mut a, mut z) = (0usize, xs.len());
    while a < z {
        let m = a + ((z - a) >> 1);
        if xs[m] == t {
            return Some(m);
        } else if xs[m] < t {
            a = m + 1;
        } else {
            z = m;
        }
    }
    None
}
