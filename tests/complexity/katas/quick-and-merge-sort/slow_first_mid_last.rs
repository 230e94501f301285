// learner: slow
// why: quicksort is ~O(n^1.5) time on sorted input, target O(n log n): median of first/middle/last feeds a three-way partition that leaves a poorly sampled larger part at every level
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn median3<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    if (v[a] <= v[b]) == (v[b] <= v[c]) {
        b
    } else if (v[b] <= v[a]) == (v[a] <= v[c]) {
        a
    } else {
        c
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = median3(v);
        v.swap(0, p);
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
        let (low, rest) = v.split_at_mut(lt);
        let high = &mut rest[gt - lt..];
        if low.len() < high.len() {
            quicksort(low);
            v = high;
        } else {
            quicksort(high);
            v = low;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if items[i] <= items[j] {
                    buf[k] = items[i].clone();
                    i += 1;
                } else {
                    buf[k] = items[j].clone();
                    j += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = items[i].clone();
                i += 1;
                k += 1;
            }
            while j < end {
                buf[k] = items[j].clone();
                j += 1;
                k += 1;
            }
            start = end;
        }
        items.clone_from_slice(&buf);
        width *= 2;
    }
}
