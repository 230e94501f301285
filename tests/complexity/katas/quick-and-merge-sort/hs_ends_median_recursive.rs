// learner: slow
// why: quicksort is O(n^1.5) time, target O(n log n): median of first/middle/last after a three-way partition samples the leftover ends badly on sorted input
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::{Equal, Greater, Less};

#[derive(Clone, Copy)]
struct Ix(usize);

fn median3<T: Ord>(xs: &[T], Ix(a): Ix, Ix(b): Ix, Ix(c): Ix) -> Ix {
    match (xs[a] <= xs[b], xs[b] <= xs[c], xs[a] <= xs[c]) {
        (true, true, _) | (false, false, _) => Ix(b),
        (true, false, true) | (false, true, false) => Ix(c),
        _ => Ix(a),
    }
}

fn split3<T: Ord>(xs: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Less => {
                xs.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    match items.len() {
        0 | 1 => (),
        n => {
            let Ix(p) = median3(items, Ix(0), Ix(n / 2), Ix(n - 1));
            items.swap(0, p);
            let (lt, gt) = split3(items);
            let (lo, rest) = items.split_at_mut(lt);
            quicksort(lo);
            quicksort(&mut rest[gt - lt..]);
        }
    }
}

fn merge<T: Ord + Clone>(l: &[T], r: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        *slot = match (l.get(i), r.get(j)) {
            (Some(x), Some(y)) if x <= y => { i += 1; x.clone() }
            (_, Some(y)) => { j += 1; y.clone() }
            (Some(x), None) => { i += 1; x.clone() }
            (None, None) => unreachable!(),
        };
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() > 1 {
        let mid = items.len() / 2;
        merge_sort(&mut items[..mid]);
        merge_sort(&mut items[mid..]);
        let (l, r) = (items[..mid].to_vec(), items[mid..].to_vec());
        merge(&l, &r, items);
    }
}
