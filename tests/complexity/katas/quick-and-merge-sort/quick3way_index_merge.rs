// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: Sedgewick quick3way over (lo, hi) bounds with median-of-three, recursion on the smaller side and `while` on the larger; top-down merge sort with one scratch Vec and index-arithmetic merging written back with clone_from_slice)
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

fn merge_into<T: Ord + Clone>(items: &mut [T], mid: usize, scratch: &mut Vec<T>) {
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < items.len() {
        // `<=` takes from the left run on ties: stable
        if items[i] <= items[j] {
            scratch.push(items[i].clone());
            i += 1;
        } else {
            scratch.push(items[j].clone());
            j += 1;
        }
    }
    scratch.extend_from_slice(&items[i..mid]);
    scratch.extend_from_slice(&items[j..]);
    items.clone_from_slice(scratch);
}

fn merge_rec<T: Ord + Clone>(items: &mut [T], scratch: &mut Vec<T>) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_rec(&mut items[..mid], scratch);
    merge_rec(&mut items[mid..], scratch);
    merge_into(items, mid, scratch);
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = Vec::with_capacity(items.len());
    merge_rec(items, &mut scratch);
}
