// Iterative quickselect with range ends called `first` and `past`: both
// move to the partition's result, the passes shrink geometrically.
// expect kth: time O(n), space O(1)
// target kth: time O(n), space O(1)
pub fn kth(v: &mut [i32], k: usize) -> i32 {
    let mut first = 0;
    let mut past = v.len();
    loop {
        let last = past - 1;
        let mut store = first;
        for j in first..last {
            if v[j] < v[last] {
                v.swap(j, store);
                store += 1;
            }
        }
        v.swap(store, last);
        if store == k {
            return v[store];
        } else if store < k {
            first = store + 1;
        } else {
            past = store;
        }
    }
}
