// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: Java-ish small helpers (median_of_three, three_way_partition returning a (lt, gt) pair, match on Ordering), slice re-pointing via std::mem::take + split_at_mut in a `loop`; merge sort recursive that copies only the left half into a temporary Vec and merges back front-to-back)
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn median_of_three<T: Ord>(items: &[T]) -> usize {
    let (a, b, c) = (0, items.len() / 2, items.len() - 1);
    let ab = items[a] <= items[b];
    let bc = items[b] <= items[c];
    let ac = items[a] <= items[c];
    match (ab, bc, ac) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Dijkstra three-way partition; afterwards items[..lt] < pivot, items[lt..gt] == pivot, items[gt..] > pivot.
fn three_way_partition<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let p = median_of_three(items);
    items.swap(0, p);
    let mut lt = 0;
    let mut i = 1;
    let mut gt = items.len();
    while i < gt {
        match items[i].cmp(&items[lt]) {
            Ordering::Less => {
                items.swap(i, lt);
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

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest: &mut [T] = items;
    loop {
        if rest.len() < 2 {
            return;
        }
        let (lt, gt) = three_way_partition(rest);
        let whole = std::mem::take(&mut rest);
        let (left, tail) = whole.split_at_mut(lt);
        let right = &mut tail[gt - lt..];
        if left.len() <= right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

fn merge_into_place<T: Ord + Clone>(items: &mut [T], mid: usize) {
    let left: Vec<T> = items[..mid].to_vec();
    let mut li = 0;
    let mut ri = mid;
    let mut out = 0;
    while li < left.len() {
        if ri < items.len() && items[ri] < left[li] {
            items[out] = items[ri].clone();
            ri += 1;
        } else {
            items[out] = left[li].clone();
            li += 1;
        }
        out += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    merge_into_place(items, mid);
}
