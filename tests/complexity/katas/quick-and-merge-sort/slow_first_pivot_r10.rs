// learner: slow
// why: quicksort is O(n^2) time (and O(n) stack), target O(n log n): the first item is the pivot and a two-way Lomuto partition sends equal keys to one side
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    // pivot = items[0]; everything smaller goes right after it
    let mut store = 1;
    for i in 1..items.len() {
        if items[i] < items[0] {
            items.swap(i, store);
            store += 1;
        }
    }
    items.swap(0, store - 1);
    let (left, right) = items.split_at_mut(store - 1);
    quicksort(left);
    quicksort(&mut right[1..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut merged: Vec<T> = Vec::with_capacity(items.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < items.len() {
        if items[i] <= items[j] {
            merged.push(items[i].clone());
            i += 1;
        } else {
            merged.push(items[j].clone());
            j += 1;
        }
    }
    merged.extend_from_slice(&items[i..mid]);
    merged.extend_from_slice(&items[j..]);
    items.clone_from_slice(&merged);
}
