// learner: optimal
// idiom: ROS-style C++: quicksort with quarter-mark median-of-3 + Dutch-flag partition, recurse small / loop large; bottom-up merge sort ping-ponging with one scratch buffer
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

const SMALL: usize = 12;

fn insertion(items: &mut [impl Ord]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j] < items[j - 1] {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Index of the median of items[a], items[b], items[c].
fn median_index<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
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

/// Puts the pivot at 0, partitions three ways. Returns (lt_end, gt_start):
/// [0, lt_end) < pivot, [lt_end, gt_start) == pivot, [gt_start, n) > pivot.
fn partition3<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let n = items.len();
    let p = median_index(items, n / 4, n / 2, 3 * n / 4);
    items.swap(0, p);
    let mut lt = 1;
    let mut i = 1;
    let mut gt = n;
    while i < gt {
        match items[i].cmp(&items[0]) {
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
    // drop the pivot into the equal block
    items.swap(0, lt - 1);
    (lt - 1, gt)
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    loop {
        let n = rest.len();
        if n <= SMALL {
            insertion(rest);
            return;
        }
        let (lo_end, hi_start) = partition3(rest);
        let (left, tail) = rest.split_at_mut(lo_end);
        let right = &mut tail[hi_start - lo_end..];
        if left.len() < right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    while i < mid && j < hi {
        if src[i] <= src[j] {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
        }
        k += 1;
    }
    while i < mid {
        dst[k] = src[i].clone();
        i += 1;
        k += 1;
    }
    while j < hi {
        dst[k] = src[j].clone();
        j += 1;
        k += 1;
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut scratch: Vec<T> = items.to_vec();
    let mut width = 1;
    let mut data_in_items = true;
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if data_in_items {
                (&*items, &mut scratch[..])
            } else {
                (&scratch[..], &mut *items)
            };
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                merge_runs(src, dst, lo, mid, hi);
                lo = hi;
            }
        }
        data_in_items = !data_in_items;
        width *= 2;
    }
    if !data_in_items {
        items.clone_from_slice(&scratch);
    }
}
