// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): "stable" binary insertion sort: partition_point finds the slot in O(log n) but rotate_right(1) shifts the sorted prefix for every item
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn median_of_three<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    let (x, y, z) = (&items[a], &items[b], &items[c]);
    if (x <= y && y <= z) || (z <= y && y <= x) {
        b
    } else if (y <= x && x <= z) || (z <= x && x <= y) {
        a
    } else {
        c
    }
}

/// Partitions items[lo..hi] around a pivot; returns (lt, gt) so that
/// items[lo..lt] < pivot, items[lt..gt] == pivot, items[gt..hi] > pivot.
fn three_way<T: Ord>(items: &mut [T], lo: usize, hi: usize) -> (usize, usize) {
    let p = median_of_three(items, lo, lo + (hi - lo) / 2, hi - 1);
    items.swap(lo, p);
    let mut lt = lo; // items[lt..i] all equal the pivot (never empty)
    let mut i = lo + 1;
    let mut gt = hi;
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

fn quick_range<T: Ord>(items: &mut [T], mut lo: usize, mut hi: usize) {
    while hi - lo > 1 {
        let (lt, gt) = three_way(items, lo, hi);
        if lt - lo < hi - gt {
            quick_range(items, lo, lt);
            lo = gt;
        } else {
            quick_range(items, gt, hi);
            hi = lt;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n > 1 {
        quick_range(items, 0, n);
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    for i in 1..items.len() {
        // after every equal key already placed: keeps the sort stable
        let slot = items[..i].partition_point(|x| *x <= items[i]);
        items[slot..=i].rotate_right(1);
    }
}
