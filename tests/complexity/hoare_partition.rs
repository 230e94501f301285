// Hoare partition: the two inner scans move the same two cursors the
// outer loop moves; together they cross the slice once.
// expect hoare: time O(n), space O(1)
// target hoare: time O(n), space O(1)
pub fn hoare(v: &mut [i32]) -> usize {
    let pivot = v[v.len() / 2];
    let mut a = 0;
    let mut b = v.len() - 1;
    loop {
        while v[a] < pivot {
            a += 1;
        }
        while v[b] > pivot {
            b -= 1;
        }
        if a >= b {
            return b;
        }
        v.swap(a, b);
        a += 1;
        b -= 1;
    }
}
