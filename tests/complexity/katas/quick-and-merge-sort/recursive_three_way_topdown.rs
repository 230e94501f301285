// learner: optimal
// idiom: Idris dependent-types fan: structural recursion on sub-slices (split_at_mut), quarter-mark median pivot + Dijkstra three-way partition returning the equal band, recurse on the smaller side and loop on the larger; top-down merge sort with one cloned buffer
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Index of the median of the items at the quarter, half and three-quarter marks.
fn median_of_quarters<T: Ord>(xs: &[T]) -> usize {
    let n = xs.len();
    let (a, b, c) = (n / 4, n / 2, (3 * n) / 4);
    match (xs[a] <= xs[b], xs[b] <= xs[c], xs[a] <= xs[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Partitions `xs` around `xs[0]`; returns `(lt, gt)` with
/// `xs[..lt] < p`, `xs[lt..gt] == p`, `xs[gt..] > p`.
fn three_way<T: Ord>(xs: &mut [T]) -> (usize, usize) {
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

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut xs = items;
    while xs.len() > 1 {
        let p = median_of_quarters(xs);
        xs.swap(0, p);
        let (lt, gt) = three_way(xs);
        let (lower, rest) = xs.split_at_mut(lt);
        let (_, upper) = rest.split_at_mut(gt - lt);
        if lower.len() <= upper.len() {
            quicksort(lower);
            xs = upper;
        } else {
            quicksort(upper);
            xs = lower;
        }
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        // `<=` on a tie takes from the left run: that is the stability proof.
        let take_left = j == right.len() || (i < left.len() && left[i] <= right[j]);
        if take_left {
            slot.clone_from(&left[i]);
            i += 1;
        } else {
            slot.clone_from(&right[j]);
            j += 1;
        }
    }
}

fn sort_with<T: Ord + Clone>(xs: &mut [T], buf: &mut [T]) {
    let n = xs.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = xs.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        sort_with(l, bl);
        sort_with(r, br);
    }
    merge_into(&xs[..mid], &xs[mid..], buf);
    xs.clone_from_slice(buf);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buf = items.to_vec();
    sort_with(items, &mut buf);
}
