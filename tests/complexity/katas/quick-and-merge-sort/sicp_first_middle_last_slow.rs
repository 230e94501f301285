// learner: slow
// why: quicksort is O(n^1.5) time, target O(n log n): median of the first, middle and last items (after a three-way partition that throws larger items to the back) keeps picking poor pivots on sorted input
//! Quicksort and merge sort, written by hand: see README.md.

fn first(_n: usize) -> usize {
    0
}

fn middle(n: usize) -> usize {
    n / 2
}

fn last(n: usize) -> usize {
    n - 1
}

fn median_of_three<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if (items[a] <= items[b]) == (items[b] <= items[c]) {
        b
    } else if (items[b] <= items[a]) == (items[a] <= items[c]) {
        a
    } else {
        c
    }
}

fn partition<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let n = items.len();
    let p = median_of_three(items, first(n), middle(n), last(n));
    items.swap(0, p);
    let (mut less, mut scan, mut more) = (0, 1, n);
    while scan < more {
        if items[scan] < items[less] {
            items.swap(scan, less);
            less += 1;
            scan += 1;
        } else if items[less] < items[scan] {
            more -= 1;
            items.swap(scan, more);
        } else {
            scan += 1;
        }
    }
    (less, more)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let (lo, hi) = partition(items);
    let (left, tail) = items.split_at_mut(lo);
    let right = &mut tail[hi - lo..];
    if left.len() <= right.len() {
        quicksort(left);
        quicksort(right);
    } else {
        quicksort(right);
        quicksort(left);
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut Vec<T>) {
    let (mut i, mut j) = (0, 0);
    while i < left.len() || j < right.len() {
        if j == right.len() || (i < left.len() && left[i] <= right[j]) {
            out.push(left[i].clone());
            i += 1;
        } else {
            out.push(right[j].clone());
            j += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut merged = Vec::with_capacity(items.len());
    merge_into(&items[..mid], &items[mid..], &mut merged);
    items.clone_from_slice(&merged);
}
