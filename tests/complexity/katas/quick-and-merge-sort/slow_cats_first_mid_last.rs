// learner: slow
// why: quicksort is ~n^1.5 comparisons (time), target O(n log n): median of first/middle/last after a 3-way partition samples badly on sorted input
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn median_of_three<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    match (v[a].cmp(&v[b]), v[b].cmp(&v[c]), v[a].cmp(&v[c])) {
        (Ordering::Greater, Ordering::Greater, _) | (Ordering::Less, Ordering::Less, _) => b,
        (Ordering::Greater, _, Ordering::Greater) | (Ordering::Less, _, Ordering::Less) => {
            // a is an extreme of (a, b), b is not the median: pick between a and c
            if v[b].cmp(&v[c]) == v[a].cmp(&v[b]) { b } else { c }
        }
        _ => a,
    }
}

fn partition<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let p = median_of_three(v);
    v.swap(0, p);
    let (mut lt, mut i, mut gt) = (1, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[0]) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Equal => i += 1,
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
        }
    }
    v.swap(0, lt - 1);
    (lt - 1, gt)
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut current = items;
    while current.len() > 1 {
        let (lt, gt) = partition(current);
        let (low, rest) = current.split_at_mut(lt);
        let high = &mut rest[gt - lt..];
        if low.len() < high.len() {
            quicksort(low);
            current = high;
        } else {
            quicksort(high);
            current = low;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let merged: Vec<T> = {
        let (l, r) = items.split_at(mid);
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(|| match (l.get(i), r.get(j)) {
            (Some(a), Some(b)) if b < a => { j += 1; Some(b.clone()) }
            (Some(a), _) => { i += 1; Some(a.clone()) }
            (None, Some(b)) => { j += 1; Some(b.clone()) }
            (None, None) => None,
        })
        .collect()
    };
    items.clone_from_slice(&merged);
}
