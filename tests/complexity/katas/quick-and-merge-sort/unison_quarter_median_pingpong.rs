// learner: optimal
// idiom: Unison: small total helpers (median3, partition3 returning a structural (lt, gt) pair), the "tail call" on the larger part written as a loop, merge sort as a ping-pong between two buffers
//! Quicksort and merge sort, written by hand.
//!
//! Coming from Unison I keep every step a little pure-ish function: pick a
//! pivot, split three ways, recurse. Rust has no guaranteed tail calls, so the
//! "recurse on the larger part" is a loop that rebinds `rest`.

use std::cmp::Ordering;

/// Index of the median of `xs[a]`, `xs[b]`, `xs[c]`. Only reads.
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

/// Dutch national flag around `xs[pivot]`. Returns `(lt, gt)` with
/// `xs[..lt] < p`, `xs[lt..gt] == p`, `xs[gt..] > p`.
/// The pivot lives at `xs[lt]`, the head of the "equal" block, the whole time.
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
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let n = rest.len();
        let p = median3(rest, n / 4, n / 2, (3 * n) / 4);
        let (lt, gt) = partition3(rest, p);
        let current = rest;
        let (smaller, tail) = current.split_at_mut(lt);
        let larger = &mut tail[gt - lt..];
        // recurse on the small side, "tail call" on the big side
        if smaller.len() <= larger.len() {
            quicksort(smaller);
            rest = larger;
        } else {
            quicksort(larger);
            rest = smaller;
        }
    }
}

/// Merges two sorted runs into `out` (same total length). On a tie the left
/// run wins: that is the whole stability story.
fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = match (left.get(i), right.get(j)) {
            (Some(a), Some(b)) => a <= b,
            (Some(_), None) => true,
            _ => false,
        };
        if take_left {
            *slot = left[i].clone();
            i += 1;
        } else {
            *slot = right[j].clone();
            j += 1;
        }
    }
}

/// `src` and `dst` start with the same items; afterwards `dst` is sorted and
/// `src` was used as scratch. The roles swap at every level.
fn sort_into<T: Ord + Clone>(src: &mut [T], dst: &mut [T]) {
    let n = dst.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (src_l, src_r) = src.split_at_mut(mid);
        let (dst_l, dst_r) = dst.split_at_mut(mid);
        sort_into(dst_l, src_l);
        sort_into(dst_r, src_r);
    }
    let (src_l, src_r) = src.split_at(mid);
    merge_into(src_l, src_r, dst);
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut scratch: Vec<T> = items.to_vec();
    sort_into(&mut scratch, items);
}
