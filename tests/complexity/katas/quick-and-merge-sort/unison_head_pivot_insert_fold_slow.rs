// learner: slow
// idiom: Unison: `x +: rest` thinking — the head is the pivot; merge sort "by folding inserts" like `List.foldLeft insert [] xs`
// why: head-item pivot splits sorted input into 0 and n-1 items at every level (n^2/2 comparisons); merge_sort is a stable insertion fold, O(n^2) on reversed input
//! Quicksort and merge sort, written by hand.

use std::cmp::Ordering;

/// Split around the head item (`pivot +: rest`): returns `(lt, gt)`.
fn split_on_head<T: Ord>(xs: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0usize, 1usize, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Ordering::Less => {
                xs.swap(lt, i);
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
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let (lt, gt) = split_on_head(rest);
        let whole = rest;
        let (smaller, tail) = whole.split_at_mut(lt);
        let larger = &mut tail[gt - lt..];
        if smaller.len() <= larger.len() {
            quicksort(smaller);
            rest = larger;
        } else {
            quicksort(larger);
            rest = smaller;
        }
    }
}

/// Sorts `items` ascending. Stable: each item is inserted after every item
/// that is <= it, so equal keys keep their order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    // foldLeft insert over the prefix that is already sorted
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j] < items[j - 1] {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
