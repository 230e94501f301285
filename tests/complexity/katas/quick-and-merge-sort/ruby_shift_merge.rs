// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): merges by shifting the front off Vecs with remove(0), Ruby's Array#shift habit
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let n = items.len();
    let candidates = [n / 4, n / 2, 3 * n / 4];
    let pivot_at = {
        let mut c = candidates;
        if c.len() == 3 {
            if items[c[1]] < items[c[0]] {
                c.swap(0, 1);
            }
            if items[c[2]] < items[c[1]] {
                c.swap(1, 2);
            }
            if items[c[1]] < items[c[0]] {
                c.swap(0, 1);
            }
        }
        c[1]
    };
    items.swap(0, pivot_at);
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
    let (low, high) = items.split_at_mut(gt);
    if lt < n - gt {
        quicksort(&mut low[..lt]);
        quicksort(high);
    } else {
        quicksort(high);
        quicksort(&mut low[..lt]);
    }
}

fn sorted<T: Ord + Clone>(mut v: Vec<T>) -> Vec<T> {
    if v.len() <= 1 {
        return v;
    }
    let right = v.split_off(v.len() / 2);
    let mut left = sorted(v);
    let mut right = sorted(right);
    let mut out = Vec::with_capacity(left.len() + right.len());
    while !left.is_empty() && !right.is_empty() {
        if right[0] < left[0] {
            out.push(right.remove(0));
        } else {
            out.push(left.remove(0));
        }
    }
    out.append(&mut left);
    out.append(&mut right);
    out
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let result = sorted(items.to_vec());
    items.iter_mut().zip(result).for_each(|(slot, x)| *slot = x);
}
