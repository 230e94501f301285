// Quickselect recursing into one side only: n + n/2 + … on average.
// expect nth_smallest: time O(n), space O(n)
// expect split_at_pivot: time O(n), space O(1)
// target nth_smallest: time O(n), space O(n)
fn split_at_pivot(v: &mut [i64]) -> usize {
    let last = v.len() - 1;
    v.swap(v.len() / 2, last);
    let mut store = 0;
    for k in 0..last {
        if v[k] < v[last] {
            v.swap(k, store);
            store += 1;
        }
    }
    v.swap(store, last);
    store
}
pub fn nth_smallest(v: &mut [i64], k: usize) -> i64 {
    if v.len() == 1 {
        return v[0];
    }
    let p = split_at_pivot(v);
    if k < p {
        nth_smallest(&mut v[..p], k)
    } else if k > p {
        nth_smallest(&mut v[p + 1..], k - p - 1)
    } else {
        v[p]
    }
}
