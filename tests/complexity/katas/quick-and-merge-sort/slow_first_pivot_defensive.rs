// learner: slow
// why: quicksort is O(n^2) time, target O(n log n): first item as pivot + two-way partition, quadratic (and n deep) on sorted or equal input
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let len = items.len();
    if len == 0 {
        return;
    }
    if len == 1 {
        return;
    }
    // pivot: the first item; everything smaller goes to its left
    let mut store = 1;
    let mut i = 1;
    while i < len {
        let smaller = match items[i].cmp(&items[0]) {
            std::cmp::Ordering::Less => true,
            _ => false,
        };
        if smaller {
            items.swap(i, store);
            store += 1;
        }
        i += 1;
    }
    let pivot_pos = store - 1;
    items.swap(0, pivot_pos);
    let (left, right) = items.split_at_mut(pivot_pos);
    quicksort(left);
    if right.len() > 1 {
        quicksort(&mut right[1..]);
    }
}

fn merge_halves<T: Ord + Clone>(items: &mut [T], mid: usize, buffer: &mut Vec<T>) {
    buffer.clear();
    let mut i = 0;
    let mut j = mid;
    while i < mid && j < items.len() {
        if items[i] <= items[j] {
            buffer.push(items[i].clone());
            i += 1;
        } else {
            buffer.push(items[j].clone());
            j += 1;
        }
    }
    while i < mid {
        buffer.push(items[i].clone());
        i += 1;
    }
    while j < items.len() {
        buffer.push(items[j].clone());
        j += 1;
    }
    if buffer.len() != items.len() {
        panic!("merge lost items");
    }
    for (k, v) in std::mem::take(buffer).into_iter().enumerate() {
        items[k] = v;
    }
}

fn merge_sort_rec<T: Ord + Clone>(items: &mut [T], buffer: &mut Vec<T>) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort_rec(&mut items[..mid], buffer);
    merge_sort_rec(&mut items[mid..], buffer);
    merge_halves(items, mid, buffer);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.is_empty() {
        return;
    }
    let mut buffer: Vec<T> = Vec::with_capacity(items.len());
    merge_sort_rec(items, &mut buffer);
}
