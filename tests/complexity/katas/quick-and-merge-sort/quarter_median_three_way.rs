// learner: optimal
// idiom: TypeScript/Node backend developer: small named helpers (medianOfThreeIndex, partitionThreeWay, mergeHalves), quicksort loops on the larger side, top-down merge sort with one shared scratch buffer
// why:
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn medianOfThreeIndex<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if items[a] < items[b] {
        if items[b] < items[c] {
            b
        } else if items[a] < items[c] {
            c
        } else {
            a
        }
    } else if items[a] < items[c] {
        a
    } else if items[b] < items[c] {
        c
    } else {
        b
    }
}

/// Dutch-flag partition around items[0]. Returns (lt, gt): items[..lt] < pivot,
/// items[lt..gt] == pivot, items[gt..] > pivot.
fn partitionThreeWay<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let mut lt = 0;
    let mut i = 1;
    let mut gt = items.len();
    while i < gt {
        match items[i].cmp(&items[lt]) {
            Ordering::Less => {
                items.swap(i, lt);
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
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut slice = items;
    while slice.len() > 1 {
        let n = slice.len();
        let pivotIndex = medianOfThreeIndex(slice, n / 4, n / 2, 3 * n / 4);
        slice.swap(0, pivotIndex);
        let (lt, gt) = partitionThreeWay(slice);
        let (left, rest) = slice.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        // recurse on the smaller side, keep looping on the bigger one
        if left.len() < right.len() {
            quicksort(left);
            slice = right;
        } else {
            quicksort(right);
            slice = left;
        }
    }
}

fn mergeHalves<T: Ord + Clone>(items: &mut [T], mid: usize, scratch: &mut Vec<T>) {
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < items.len() {
        if items[j] < items[i] {
            scratch.push(items[j].clone());
            j += 1;
        } else {
            scratch.push(items[i].clone());
            i += 1;
        }
    }
    scratch.extend_from_slice(&items[i..mid]);
    scratch.extend_from_slice(&items[j..]);
    items.clone_from_slice(scratch);
}

fn mergeSortInto<T: Ord + Clone>(items: &mut [T], scratch: &mut Vec<T>) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    mergeSortInto(&mut items[..mid], scratch);
    mergeSortInto(&mut items[mid..], scratch);
    mergeHalves(items, mid, scratch);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = Vec::with_capacity(items.len());
    mergeSortInto(items, &mut scratch);
}
