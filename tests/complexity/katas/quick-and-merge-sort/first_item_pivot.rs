// learner: slow
// why: quicksort is O(n^2) time, target O(n log n): the textbook Lomuto partition with the first item as pivot splits sorted input and equal keys into 0 and n-1
//! Quicksort and merge sort, written by hand: see README.md.

fn partition<T: Ord>(items: &mut [T]) -> usize {
    // pivot = items[0]
    let mut store = 1;
    for i in 1..items.len() {
        if items[i] < items[0] {
            items.swap(i, store);
            store += 1;
        }
    }
    items.swap(0, store - 1);
    store - 1
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let p = partition(items);
    let (left, right) = items.split_at_mut(p);
    quicksort(left);
    quicksort(&mut right[1..]);
}

fn merge<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            out[k] = left[i].clone();
            i += 1;
        } else {
            out[k] = right[j].clone();
            j += 1;
        }
        k += 1;
    }
    while i < left.len() {
        out[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        out[k] = right[j].clone();
        j += 1;
        k += 1;
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    let mut left = items[..mid].to_vec();
    let mut right = items[mid..].to_vec();
    merge_sort(&mut left);
    merge_sort(&mut right);
    merge(&left, &right, items);
}
