// learner: slow
// why: quicksort is O(n^2) time, target O(n log n): textbook Lomuto partition with the first item as pivot, quadratic on sorted input and on many equal keys
fn lomuto<T: Ord>(v: &mut [T]) -> usize {
    // pivot is v[0]; move everything smaller right after it
    let mut store = 0;
    for i in 1..v.len() {
        if v[i] < v[0] {
            store += 1;
            v.swap(store, i);
        }
    }
    v.swap(0, store);
    store
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let p = lomuto(items);
    let (left, right) = items.split_at_mut(p);
    quicksort(left);
    quicksort(&mut right[1..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let left = items[..mid].to_vec();
    let right = items[mid..].to_vec();
    let (mut i, mut j) = (0, 0);
    for k in 0..n {
        if j >= right.len() || (i < left.len() && left[i] <= right[j]) {
            items[k] = left[i].clone();
            i += 1;
        } else {
            items[k] = right[j].clone();
            j += 1;
        }
    }
}
