// learner: optimal
// idiom: perf programmer; quicksort with median-of-quarters pivot + Dutch-flag partition, recurse on the smaller side and loop on the larger; bottom-up merge sort ping-ponging between the slice and one buffer
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

#[inline]
fn median_idx<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    if a[i] < a[j] {
        if a[j] < a[k] { j } else if a[i] < a[k] { k } else { i }
    } else if a[i] < a[k] {
        i
    } else if a[j] < a[k] {
        k
    } else {
        j
    }
}

/// Returns (lt, gt): [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
fn partition3<T: Ord>(a: &mut [T]) -> (usize, usize) {
    let n = a.len();
    let p = median_idx(a, n / 4, n / 2, 3 * n / 4);
    a.swap(0, p);
    let (mut lt, mut i, mut gt) = (0usize, 1usize, n);
    while i < gt {
        match a[i].cmp(&a[lt]) {
            Ordering::Less => {
                a.swap(i, lt);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                a.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut s: &mut [T] = items;
    while s.len() > 1 {
        let (lt, gt) = partition3(s);
        let cur = std::mem::take(&mut s);
        let (left, rest) = cur.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left);
            s = right;
        } else {
            quicksort(right);
            s = left;
        }
    }
}

/// One pass: merges neighbouring runs of `width` from `src` into `dst`.
fn merge_pass<T: Ord + Clone>(src: &[T], dst: &mut [T], width: usize) {
    let n = src.len();
    let mut lo = 0;
    while lo < n {
        let mid = (lo + width).min(n);
        let hi = (lo + 2 * width).min(n);
        let (mut i, mut j, mut k) = (lo, mid, lo);
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
        lo = hi;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut in_buf = false;
    let mut width = 1;
    while width < n {
        if in_buf {
            merge_pass(&buf, items, width);
        } else {
            merge_pass(items, &mut buf, width);
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        items.clone_from_slice(&buf);
    }
}
