// learner: slow
// why: quicksort is O(n^1.5) time, target O(n log n): median of first/middle/last plus a three-way partition is a poor sample on what the partition leaves of sorted input
//! Quicksort and merge sort, written by hand: see README.md.

fn med3<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    if (v[a] <= v[b]) == (v[b] <= v[c]) {
        b
    } else if (v[b] <= v[a]) == (v[a] <= v[c]) {
        a
    } else {
        c
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let p = med3(items, 0, n / 2, n - 1);
    items.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, n);
    while i < gt {
        if items[i] < items[lt] {
            items.swap(i, lt);
            lt += 1;
            i += 1;
        } else if items[i] > items[lt] {
            gt -= 1;
            items.swap(i, gt);
        } else {
            i += 1;
        }
    }
    let (left, rest) = items.split_at_mut(lt);
    quicksort(left);
    quicksort(&mut rest[gt - lt..]);
}

fn merge<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            out.push(left[i].clone());
            i += 1;
        } else {
            out.push(right[j].clone());
            j += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    out
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let merged = merge(&items[..mid], &items[mid..]);
    items.clone_from_slice(&merged);
}
