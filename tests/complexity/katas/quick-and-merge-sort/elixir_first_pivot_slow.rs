// learner: slow
// idiom: elixir: the textbook `[pivot | rest]` quicksort — first item as pivot, two-way Lomuto split; merge sort is fine
// why: misses quicksort O(n log n): on sorted, reversed or all-equal input the first-item pivot splits n into 0 and n-1, so n^2/2 comparisons
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        // [pivot | tail]: everything smaller goes left of the pivot
        let mut store = 1;
        for i in 1..rest.len() {
            if rest[i] < rest[0] {
                rest.swap(i, store);
                store += 1;
            }
        }
        rest.swap(0, store - 1);
        let taken = rest;
        let (left, right) = taken.split_at_mut(store - 1);
        let right = &mut right[1..];
        // recurse on the shorter side so the stack stays small
        if left.len() < right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let left = items[..mid].to_vec();
    let right = items[mid..].to_vec();
    let (mut i, mut j) = (0, 0);
    for slot in items.iter_mut() {
        if j >= right.len() || (i < left.len() && left[i] <= right[j]) {
            *slot = left[i].clone();
            i += 1;
        } else {
            *slot = right[j].clone();
            j += 1;
        }
    }
}
