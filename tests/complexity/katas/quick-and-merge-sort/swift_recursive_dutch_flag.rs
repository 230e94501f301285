// learner: optimal
// idiom: Swift-style: recursive helpers with guard-style early returns, median of quarter marks, Dutch-flag 3-way partition, recurse on smaller part / loop on larger; top-down merge sort with one scratch buffer
use std::cmp::Ordering;

pub fn quicksort<T: Ord>(items: &mut [T]) {
    var_sort(items);
}

fn var_sort<T: Ord>(mut items: &mut [T]) {
    loop {
        if items.len() <= 1 {
            return;
        }
        let pivot_index = median_of_quarters(items);
        items.swap(0, pivot_index);
        let (less_end, greater_start) = partition(items);
        let (left, rest) = items.split_at_mut(less_end);
        let right = &mut rest[greater_start - less_end..];
        if left.len() < right.len() {
            var_sort(left);
            items = right;
        } else {
            var_sort(right);
            items = left;
        }
    }
}

fn median_of_quarters<T: Ord>(items: &[T]) -> usize {
    let n = items.len();
    let (a, b, c) = (n / 4, n / 2, 3 * n / 4);
    if items[a] < items[b] {
        if items[b] < items[c] {
            b
        } else if items[a] < items[c] {
            c
        } else {
            a
        }
    } else if items[a] < items[c] {
        a
    } else if items[b] < items[c] {
        c
    } else {
        b
    }
}

/// Pivot at index 0. Returns (lt, gt): [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
fn partition<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let mut lt = 0;
    let mut i = 1;
    let mut gt = items.len();
    while i < gt {
        match items[i].cmp(&items[lt]) {
            Ordering::Less => {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mut scratch = items.to_vec();
    split_merge(items, &mut scratch);
}

fn split_merge<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    {
        let (left, right) = items.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        split_merge(left, sl);
        split_merge(right, sr);
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < items.len() {
        if items[j] < items[i] {
            scratch[k] = items[j].clone();
            j += 1;
        } else {
            scratch[k] = items[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        scratch[k] = items[i].clone();
        i += 1;
        k += 1;
    }
    while j < items.len() {
        scratch[k] = items[j].clone();
        j += 1;
        k += 1;
    }
    items.clone_from_slice(scratch);
}
