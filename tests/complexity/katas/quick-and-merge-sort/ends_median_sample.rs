// learner: slow
// why: quicksort is about n^1.5 comparisons, target O(n log n): median of first/middle/last with a three-way partition that throws larger items to the back leaves a poorly sampled larger part on sorted input
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let (a, b, c) = (0, n / 2, n - 1);
    let m = if (items[a] <= items[b]) == (items[b] <= items[c]) {
        b
    } else if (items[b] <= items[a]) == (items[a] <= items[c]) {
        a
    } else {
        c
    };
    items.swap(0, m);
    let (mut lt, mut i, mut gt) = (0, 1, n);
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
    let (low, rest) = items.split_at_mut(lt);
    let high = &mut rest[gt - lt..];
    if low.len() < high.len() {
        quicksort(low);
        quicksort(high);
    } else {
        quicksort(high);
        quicksort(low);
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut buf = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for k in lo..hi {
                if j >= hi || (i < mid && items[i] <= items[j]) {
                    buf[k] = items[i].clone();
                    i += 1;
                } else {
                    buf[k] = items[j].clone();
                    j += 1;
                }
            }
            lo = hi;
        }
        items.clone_from_slice(&buf);
        width *= 2;
    }
}
