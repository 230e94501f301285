// learner: optimal
// idiom: ReScript-ish: small pure helpers, recursion on the smaller part via split_at_mut and a loop on the larger; top-down merge sort with one scratch Vec and match on Ordering
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// (end of less block, start of greater block) after a three-way partition around items[0].
fn partition3<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, items.len());
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
    (lt, gt)
}

fn pick_pivot<T: Ord>(items: &[T]) -> usize {
    let n = items.len();
    let mut idx = [n / 4, n / 2, 3 * n / 4];
    // three-element insertion sort of the indices by their items
    if items[idx[1]] < items[idx[0]] {
        idx.swap(0, 1);
    }
    if items[idx[2]] < items[idx[1]] {
        idx.swap(1, 2);
        if items[idx[1]] < items[idx[0]] {
            idx.swap(0, 1);
        }
    }
    idx[1]
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let p = pick_pivot(rest);
        rest.swap(0, p);
        let (lt, gt) = partition3(rest);
        let (left, tail) = rest.split_at_mut(lt);
        let (_equal, right) = tail.split_at_mut(gt - lt);
        if left.len() < right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut a, mut b) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = match (left.get(a), right.get(b)) {
            (Some(x), Some(y)) => x <= y,
            (Some(_), None) => true,
            _ => false,
        };
        *slot = if take_left {
            a += 1;
            left[a - 1].clone()
        } else {
            b += 1;
            right[b - 1].clone()
        };
    }
}

fn sort_with<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    {
        let (l, r) = items.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        sort_with(l, sl);
        sort_with(r, sr);
    }
    scratch.clone_from_slice(items);
    let (l, r) = scratch.split_at(mid);
    merge_into(l, r, items);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    sort_with(items, &mut scratch);
}
