// learner: slow
// idiom: GLSL: quicksort is the good quarter-median 3-way one; "merge sort" merges by shifting each right-run texel left past the bigger left-run texels (in-place, no buffer)
// why: merge_sort: the in-place shifting merge moves every right item past all larger left items: O(n^2) on reversed input
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let n = v.len();
        let q = n / 4;
        let (a, b, c) = (q, n / 2, n - 1 - q);
        let p = if (v[a] <= v[b]) == (v[b] <= v[c]) {
            b
        } else if (v[b] <= v[a]) == (v[a] <= v[c]) {
            a
        } else {
            c
        };
        v.swap(0, p);
        let (mut lt, mut idx, mut gt) = (0, 1, n);
        while idx < gt {
            match v[idx].cmp(&v[lt]) {
                Ordering::Less => { v.swap(lt, idx); lt += 1; idx += 1; }
                Ordering::Greater => { gt -= 1; v.swap(idx, gt); }
                Ordering::Equal => idx += 1,
            }
        }
        let (left, rest) = v.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

/// in-place merge of v[..mid] and v[mid..]: bubble each right item leftwards
fn shift_merge<T: Ord>(v: &mut [T], mid: usize) {
    for r in mid..v.len() {
        let mut j = r;
        // strict `<`: an equal left item stays in front (stable)
        while j > 0 && v[j] < v[j - 1] {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    shift_merge(items, mid);
}
