// learner: optimal
// idiom: senior: quarter-mark median-of-three + Dijkstra three-way partition returning a small Split struct, loop on the larger side; bottom-up ping-pong merge sort
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Slices at most this long are finished by insertion sort.
const SMALL: usize = 12;

/// Result of a three-way partition: `[..lt]` < pivot, `[lt..gt]` == pivot, `[gt..]` > pivot.
#[derive(Debug, Clone, Copy)]
struct Split {
    lt: usize,
    gt: usize,
}

/// Index of the median of `v[a]`, `v[b]`, `v[c]`.
fn median_of_three<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    match (v[a] < v[b], v[b] < v[c], v[a] < v[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

fn insertion_sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j] < v[j - 1] {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Partitions around the pivot that sits at index 0.
fn partition3<T: Ord>(v: &mut [T]) -> Split {
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    Split { lt, gt }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > SMALL {
        let n = rest.len();
        let p = median_of_three(rest, n / 4, n / 2, 3 * n / 4);
        rest.swap(0, p);
        let Split { lt, gt } = partition3(rest);
        let (low, tail) = rest.split_at_mut(lt);
        let high = &mut tail[gt - lt..];
        if low.len() < high.len() {
            quicksort(low);
            rest = high;
        } else {
            quicksort(high);
            rest = low;
        }
    }
    insertion_sort(rest);
}

/// Merges the sorted runs `src[lo..mid]` and `src[mid..hi]` into `dst[lo..hi]`; ties take the left run.
fn merge_into<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let (mut i, mut j) = (lo, mid);
    for slot in &mut dst[lo..hi] {
        let take_left = j >= hi || (i < mid && src[i] <= src[j]);
        if take_left {
            *slot = src[i].clone();
            i += 1;
        } else {
            *slot = src[j].clone();
            j += 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buffer = items.to_vec();
    let mut in_items = true; // where the current runs live
    let mut width = 1;
    while width < n {
        let (src, dst): (&[T], &mut [T]) = if in_items {
            (&*items, &mut buffer[..])
        } else {
            (&buffer[..], &mut *items)
        };
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            merge_into(src, dst, lo, mid, hi);
            lo = hi;
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&buffer);
    }
}
