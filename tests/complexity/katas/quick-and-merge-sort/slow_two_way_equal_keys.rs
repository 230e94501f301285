// learner: slow
// why: quicksort is O(n^2) time, target O(n log n): two-way partition with a middle pivot sends every equal item to one side, so few distinct keys go quadratic
fn partition<T: Ord>(v: &mut [T]) -> usize {
    let last = v.len() - 1;
    v.swap(v.len() / 2, last);
    let mut store = 0;
    for i in 0..last {
        if v[i] <= v[last] {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    store
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() > 1 {
        let p = partition(items);
        let (left, right) = items.split_at_mut(p);
        quicksort(left);
        quicksort(&mut right[1..]);
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut buf: Vec<T> = items.to_vec();
    let mut size = 1;
    while size < n {
        let mut lo = 0;
        while lo < n {
            let mid = usize::min(lo + size, n);
            let hi = usize::min(lo + 2 * size, n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while k < hi {
                if j == hi || (i < mid && items[i] <= items[j]) {
                    buf[k] = items[i].clone();
                    i += 1;
                } else {
                    buf[k] = items[j].clone();
                    j += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        items.clone_from_slice(&buf);
        size *= 2;
    }
}
