// Partition around the last element, then two calls: n log n on average, n^2 worst case.
// expect quicksort: time O(n^2), space O(n)
// target quicksort: time O(n log n), space O(log n)
// unsure: O(n log n) on average, O(n^2) on sorted input: measurement decides
pub fn quicksort(v: &mut [i32]) {
    if v.len() <= 1 {
        return;
    }
    let p = partition(v);
    quicksort(&mut v[..p]);
    quicksort(&mut v[p + 1..]);
}

fn partition(v: &mut [i32]) -> usize {
    let pivot = v[v.len() - 1];
    let mut store = 0;
    for i in 0..v.len() - 1 {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    let last = v.len() - 1;
    v.swap(store, last);
    store
}
