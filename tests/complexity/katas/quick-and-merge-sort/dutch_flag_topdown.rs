// learner: optimal
// idiom: Idris-style: recursion with termination/size proofs as comments, quarter-mark median, Dutch-flag partition, top-down merge with one shared buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// Index of the median of items[a], items[b], items[c].
fn median_index<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    // Exhaustive over the orderings of a and b, then place c.
    if items[a] <= items[b] {
        if items[b] <= items[c] {
            b
        } else if items[a] <= items[c] {
            c
        } else {
            a
        }
    } else if items[a] <= items[c] {
        a
    } else if items[b] <= items[c] {
        c
    } else {
        b
    }
}

/// Three-way partition around items[0]; returns (lt, gt) with
/// [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
/// Invariant inside the loop: lt < i, so items[lt] is always a pivot copy.
fn partition3<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, items.len());
    while i < gt {
        match items[i].cmp(&items[lt]) {
            std::cmp::Ordering::Less => {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    // Measure: rest.len() strictly decreases (the equal block is non-empty).
    loop {
        let n = rest.len();
        if n < 2 {
            return;
        }
        let p = median_index(rest, n / 4, n / 2, (3 * n) / 4);
        rest.swap(0, p);
        let (lt, gt) = partition3(rest);
        let (low, tail) = rest.split_at_mut(lt);
        let high = &mut tail[gt - lt..];
        // Recurse on the smaller part (|smaller| <= n/2, so depth <= log2 n), loop on the larger.
        if low.len() < high.len() {
            quicksort(low);
            rest = high;
        } else {
            quicksort(high);
            rest = low;
        }
    }
}

/// Merges items[..mid] and items[mid..] (both sorted) using `scratch` (same length).
fn merge_halves<T: Ord + Clone>(items: &mut [T], mid: usize, scratch: &mut [T]) {
    scratch.clone_from_slice(items);
    let (left, right) = scratch.split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in items.iter_mut() {
        // Take from the left on ties: stability.
        let take_left = j == right.len() || (i < left.len() && left[i] <= right[j]);
        if take_left {
            *slot = left[i].clone();
            i += 1;
        } else {
            *slot = right[j].clone();
            j += 1;
        }
    }
}

fn msort<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    // Both halves are strictly smaller than n when n >= 2.
    msort(&mut items[..mid], &mut scratch[..mid]);
    msort(&mut items[mid..], &mut scratch[mid..]);
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    merge_halves(items, mid, scratch);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    msort(items, &mut scratch);
}
