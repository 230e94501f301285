//! Quicksort (median-of-three pivot, three-way partition) and a bottom-up stable merge sort.

/// Slices this short are finished by insertion sort: less overhead than partitioning.
const SMALL: usize = 16;

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space. Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    // Recurse into the smaller side and loop on the larger one: the recursion depth
    // stays below log2(n) whatever the pivots turn out to be.
    while rest.len() > SMALL {
        let (lt, gt) = partition(rest);
        let whole = rest;
        let (smaller_keys, tail) = whole.split_at_mut(lt);
        let larger_keys = &mut tail[gt - lt..];
        if smaller_keys.len() < larger_keys.len() {
            quicksort(smaller_keys);
            rest = larger_keys;
        } else {
            quicksort(larger_keys);
            rest = smaller_keys;
        }
    }
    insertion_sort(rest);
}

/// Three-way partition around the median of the items at the quarter, half and
/// three-quarter marks.
/// Afterwards `v[..lt] < pivot`, `v[lt..gt] == pivot` (never empty), `v[gt..] > pivot`.
fn partition<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let n = v.len();
    let (a, b, c) = (n / 4, n / 2, n - 1 - n / 4);
    // Order v[a] <= v[b] <= v[c]; the median then sits at b. On sorted or reversed input
    // this picks the true middle. Not the first and last items: the partition below moves
    // every larger item to the back in reverse, and on what it leaves of a sorted input
    // the first, middle and last items are a poor sample again and again (about n^1.5
    // comparisons, counted by the probe); the inner quartiles stay representative.
    if v[b] < v[a] {
        v.swap(a, b);
    }
    if v[c] < v[b] {
        v.swap(b, c);
        if v[b] < v[a] {
            v.swap(a, b);
        }
    }
    v.swap(0, b);
    // Dijkstra's "Dutch national flag": v[lt..i] holds items equal to the pivot (at least the
    // pivot itself, so v[lt] can serve as the pivot without cloning it), v[i..gt] is unseen.
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            std::cmp::Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// Sorts a short slice by moving each item left past the larger ones before it.
fn insertion_sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j] < v[j - 1] {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    // Bottom-up: merge runs of width 1 into runs of 2, then 4, ..., bouncing between
    // `items` and one buffer of the same size.
    let mut buffer = items.to_vec();
    let mut data_in_items = true;
    let mut width = 1;
    while width < n {
        let (from, to): (&[T], &mut [T]) = if data_in_items {
            (&*items, &mut buffer[..])
        } else {
            (&buffer[..], &mut *items)
        };
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(&from[start..mid], &from[mid..end], &mut to[start..end]);
            start = end;
        }
        data_in_items = !data_in_items;
        width *= 2;
    }
    if !data_in_items {
        items.clone_from_slice(&buffer);
    }
}

/// Merges two sorted runs into `out`. Ties take the LEFT item first: that is what makes
/// the sort stable.
fn merge<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
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
