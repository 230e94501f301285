// learner: optimal
// idiom: Unity C# game developer: no recursion in quicksort (a Stack<(int,int)> of ranges, smaller range popped first), Hoare-style partition that stops on equals; merge sort ping-pongs between the slice and one buffer with split_at_mut
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Pivot position: median of the items at the quarter, half and three-quarter marks.
fn choose_pivot<T: Ord>(v: &[T], lo: usize, hi: usize) -> usize {
    let len = hi - lo;
    let (a, b, c) = (lo + len / 4, lo + len / 2, lo + 3 * len / 4);
    let ab = v[a].cmp(&v[b]);
    let bc = v[b].cmp(&v[c]);
    let ac = v[a].cmp(&v[c]);
    match (ab, bc, ac) {
        (Ordering::Greater, Ordering::Greater, _) | (Ordering::Less, Ordering::Less, _) => b,
        (Ordering::Greater, _, Ordering::Greater) => if bc == Ordering::Less { c } else { b },
        (Ordering::Less, _, Ordering::Less) => if bc == Ordering::Greater { c } else { b },
        _ => a,
    }
}

/// Hoare partition of v[lo..hi] with the pivot parked at v[lo].
/// Both scans stop on items equal to the pivot, so runs of equal items split evenly.
/// Returns the final pivot position.
fn hoare_partition<T: Ord>(v: &mut [T], lo: usize, hi: usize) -> usize {
    let mut i = lo + 1;
    let mut j = hi - 1;
    loop {
        while i <= j && v[i] < v[lo] {
            i += 1;
        }
        while i <= j && v[j] > v[lo] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
    v.swap(lo, j);
    j
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut pending: Vec<(usize, usize)> = Vec::new();
    let mut current = Some((0, items.len()));
    while let Some((lo, hi)) = current.take().or_else(|| pending.pop()) {
        if hi - lo < 2 {
            continue;
        }
        let p = choose_pivot(items, lo, hi);
        items.swap(lo, p);
        let mid = hoare_partition(items, lo, hi);
        let left = (lo, mid);
        let right = (mid + 1, hi);
        // push the bigger half, work on the smaller one right away: the stack stays O(log n)
        if left.1 - left.0 < right.1 - right.0 {
            pending.push(right);
            current = Some(left);
        } else {
            pending.push(left);
            current = Some(right);
        }
    }
}

/// Merges sorted `a` and `b` into `out` (out.len() == a.len() + b.len()), left first on ties.
fn merge_into<T: Ord + Clone>(a: &[T], b: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = j == b.len() || (i < a.len() && a[i] <= b[j]);
        if take_left {
            slot.clone_from(&a[i]);
            i += 1;
        } else {
            slot.clone_from(&b[j]);
            j += 1;
        }
    }
}

/// Sorts `src`, leaving the result in `dst` if `into_dst`, else in `src`; the other is scratch.
fn sort_pingpong<T: Ord + Clone>(src: &mut [T], dst: &mut [T], into_dst: bool) {
    let n = src.len();
    if n <= 1 {
        if into_dst {
            dst.clone_from_slice(src);
        }
        return;
    }
    let mid = n / 2;
    {
        let (sl, sr) = src.split_at_mut(mid);
        let (dl, dr) = dst.split_at_mut(mid);
        // sort the halves into the *other* array, then merge back
        sort_pingpong(sl, dl, !into_dst);
        sort_pingpong(sr, dr, !into_dst);
    }
    if into_dst {
        let (l, r) = src.split_at(mid);
        merge_into(l, r, dst);
    } else {
        let (l, r) = dst.split_at(mid);
        merge_into(l, r, src);
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    sort_pingpong(items, &mut scratch, false);
}
