// learner: optimal
// idiom: median of quarter marks + Dutch-flag partition, loop on the larger part via split_at_mut; bottom-up ping-pong merge sort with index while loops
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::*;

fn med3<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    if a[i] < a[j] {
        if a[j] < a[k] {
            j
        } else if a[i] < a[k] {
            k
        } else {
            i
        }
    } else if a[i] < a[k] {
        i
    } else if a[j] < a[k] {
        k
    } else {
        j
    }
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut a = items;
    while a.len() > 1 {
        let n = a.len();
        let p = med3(a, n / 4, n / 2, 3 * n / 4);
        a.swap(0, p);
        let (mut lt, mut i, mut gt) = (0usize, 1usize, n);
        while i < gt {
            match a[i].cmp(&a[lt]) {
                Less => {
                    a.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                Greater => {
                    gt -= 1;
                    a.swap(i, gt);
                }
                Equal => i += 1,
            }
        }
        let t = a;
        let (l, r) = t.split_at_mut(gt);
        let l = &mut l[..lt];
        if l.len() < r.len() {
            quicksort(l);
            a = r;
        } else {
            quicksort(r);
            a = l;
        }
    }
}

fn merge<T: Ord + Clone>(s: &[T], d: &mut [T], lo: usize, mid: usize, hi: usize) {
    let (mut i, mut j, mut k) = (lo, mid, lo);
    while k < hi {
        if j >= hi || (i < mid && s[i] <= s[j]) {
            d[k] = s[i].clone();
            i += 1;
        } else {
            d[k] = s[j].clone();
            j += 1;
        }
        k += 1;
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut w = 1usize;
    let mut src_is_items = true;
    while w < n {
        {
            let (s, d): (&[T], &mut [T]) = if src_is_items { (&*items, &mut buf[..]) } else { (&buf[..], &mut *items) };
            let mut lo = 0usize;
            while lo < n {
                let mid = (lo + w).min(n);
                let hi = (lo + 2 * w).min(n);
                merge(s, d, lo, mid, hi);
                lo += 2 * w;
            }
        }
        src_is_items = !src_is_items;
        w *= 2;
    }
    if !src_is_items {
        items.clone_from_slice(&buf);
    }
}
