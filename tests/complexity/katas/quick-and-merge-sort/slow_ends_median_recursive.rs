// learner: slow
// why: quicksort is O(n^1.5) time, target O(n log n): pivot = median of first, middle and last; after each three-way partition the ends of the remaining sorted input are a poor sample
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Index of the median of three positions (pure, reads only).
fn median_of<T: Ord>(xs: &[T], [a, b, c]: [usize; 3]) -> usize {
    let by = |i: usize, j: usize| xs[i].cmp(&xs[j]);
    match (by(a, b), by(b, c), by(a, c)) {
        (Ordering::Less, Ordering::Less, _) | (Ordering::Greater, Ordering::Greater, _) => b,
        (Ordering::Less, _, Ordering::Less) | (Ordering::Greater, _, Ordering::Greater) => c,
        _ => a,
    }
}

/// Classic "ends and middle" sample.
fn sample(len: usize) -> [usize; 3] {
    [0, len / 2, len - 1]
}

/// Three-way partition around the item at `pivot`; returns the bounds of the equal block.
fn partition3<T: Ord>(xs: &mut [T], pivot: usize) -> (usize, usize) {
    xs.swap(0, pivot);
    let (mut lt, mut i, mut gt) = (0, 1, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Ordering::Less => {
                xs.swap(i, lt);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let pivot = median_of(items, sample(items.len()));
    let (lt, gt) = partition3(items, pivot);
    let (left, right) = items.split_at_mut(gt);
    quicksort(&mut left[..lt]);
    quicksort(right);
}

fn merged<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(left.len() + right.len());
    while i < left.len() || j < right.len() {
        let take_left = j == right.len() || (i < left.len() && left[i] <= right[j]);
        if take_left {
            out.push(left[i].clone());
            i += 1;
        } else {
            out.push(right[j].clone());
            j += 1;
        }
    }
    out
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() > 1 {
        let mid = items.len() / 2;
        merge_sort(&mut items[..mid]);
        merge_sort(&mut items[mid..]);
        let run = merged(&items[..mid], &items[mid..]);
        items.clone_from_slice(&run);
    }
}
