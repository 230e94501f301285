// learner: optimal
// idiom: elixir: recursion on the smaller part + a tail "loop" on the larger; pattern-matched cmp in a Dutch-flag partition; top-down merge sort sharing one buffer
// why: quarter-mark median pivot and 3-way partition keep splits balanced on sorted/reversed/equal input: O(n log n) expected, O(log n) stack; merge sort is O(n log n) always with one O(n) buffer
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut current = items;
    while current.len() > 1 {
        let pivot = median_of_quarters(current);
        current.swap(0, pivot);
        let (lt, gt) = partition3(current);
        let whole = current;
        let (smaller, rest) = whole.split_at_mut(lt);
        let (_equal, larger) = rest.split_at_mut(gt - lt);
        // recurse into the small side, keep looping on the big one (like a tail call)
        if smaller.len() <= larger.len() {
            quicksort(smaller);
            current = larger;
        } else {
            quicksort(larger);
            current = smaller;
        }
    }
}

fn median_of_quarters<T: Ord>(s: &[T]) -> usize {
    let n = s.len();
    let (a, b, c) = (n / 4, n / 2, 3 * n / 4);
    match (s[a] <= s[b], s[b] <= s[c], s[a] <= s[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Pivot sits at index 0. Returns (lt, gt): [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
fn partition3<T: Ord>(s: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, s.len());
    while i < gt {
        match s[i].cmp(&s[lt]) {
            Ordering::Less => {
                s.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                s.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buffer: Vec<T> = Vec::with_capacity(items.len());
    sort_with(items, &mut buffer);
}

fn sort_with<T: Ord + Clone>(items: &mut [T], buffer: &mut Vec<T>) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    sort_with(&mut items[..mid], buffer);
    sort_with(&mut items[mid..], buffer);

    buffer.clear();
    let (left, right) = items.split_at(mid);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        // `<=` takes the left item on ties: that is the stability
        if left[i] <= right[j] {
            buffer.push(left[i].clone());
            i += 1;
        } else {
            buffer.push(right[j].clone());
            j += 1;
        }
    }
    buffer.extend_from_slice(&left[i..]);
    buffer.extend_from_slice(&right[j..]);
    items.clone_from_slice(buffer);
}
