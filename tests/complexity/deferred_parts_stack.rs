// Quicksort with an explicit stack of deferred parts: the stack holds what
// waits, not every push, so its peak is not the number of pushes (O(log n)
// when the larger part waits).
// unsure: the loop's count and the stack's peak depend on the pivots
// expect sort: time O(n^2), space O(n)
// target sort: time O(n log n), space O(log n)
use std::ops::Range;
fn partition(v: &mut [i64], r: Range<usize>) -> usize {
    let pivot = v[r.end - 1];
    let mut store = r.start;
    for i in r.start..r.end - 1 {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, r.end - 1);
    store
}
pub fn sort(v: &mut [i64]) {
    let mut pending: Vec<Range<usize>> = Vec::new();
    let mut current = 0..v.len();
    loop {
        if current.len() < 2 {
            match pending.pop() {
                Some(next) => {
                    current = next;
                    continue;
                }
                None => break,
            }
        }
        let p = partition(v, current.clone());
        let left = current.start..p;
        let right = p + 1..current.end;
        if left.len() < right.len() {
            pending.push(right);
            current = left;
        } else {
            pending.push(left);
            current = right;
        }
    }
}
