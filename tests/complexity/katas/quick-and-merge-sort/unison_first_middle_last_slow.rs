// learner: slow
// idiom: Unison: head/middle/last "sample" of the list as pivot, three-way split, loop on the larger part; merge sort is a top-down recursion with a scratch buffer
// why: median of the FIRST, middle and LAST items followed by a three-way partition that moves larger items to the back: on sorted input the ends of the larger part stay a poor sample at every level, about n^1.5 comparisons instead of n log n
//! Quicksort and merge sort, written by hand.

use std::cmp::Ordering;

fn median3<T: Ord>(xs: &[T], a: usize, b: usize, c: usize) -> usize {
    let (x, y, z) = (&xs[a], &xs[b], &xs[c]);
    if x <= y {
        if y <= z {
            b
        } else if x <= z {
            c
        } else {
            a
        }
    } else if x <= z {
        a
    } else if y <= z {
        c
    } else {
        b
    }
}

fn partition3<T: Ord>(xs: &mut [T], pivot: usize) -> (usize, usize) {
    xs.swap(0, pivot);
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
        let n = rest.len();
        // head, middle, last: the classic "median of three"
        let p = median3(rest, 0, n / 2, n - 1);
        let (lt, gt) = partition3(rest, p);
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

fn merge_rec<T: Ord + Clone>(xs: &mut [T], scratch: &mut [T]) {
    let n = xs.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = xs.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        merge_rec(l, sl);
        merge_rec(r, sr);
    }
    scratch[..n].clone_from_slice(xs);
    let (l, r) = scratch[..n].split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in xs.iter_mut() {
        if j >= r.len() || (i < l.len() && l[i] <= r[j]) {
            *slot = l[i].clone();
            i += 1;
        } else {
            *slot = r[j].clone();
            j += 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    merge_rec(items, &mut scratch);
}
