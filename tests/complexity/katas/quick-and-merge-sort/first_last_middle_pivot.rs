// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): median of first/middle/last with a three-way partition that moves larger items to the back
//! Quicksort and merge sort, written by hand: see README.md.

fn qs<T: Ord>(a: &mut [T]) {
    let n = a.len();
    if n < 2 {
        return;
    }
    // textbook median-of-three: first, middle, last
    let (f, m, l) = (0, n / 2, n - 1);
    let p = if (a[f] <= a[m]) == (a[m] <= a[l]) {
        m
    } else if (a[m] <= a[f]) == (a[f] <= a[l]) {
        f
    } else {
        l
    };
    a.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, n);
    while i < gt {
        if a[i] < a[lt] {
            a.swap(lt, i);
            lt += 1;
            i += 1;
        } else if a[i] > a[lt] {
            gt -= 1;
            a.swap(i, gt);
        } else {
            i += 1;
        }
    }
    let (left, rest) = a.split_at_mut(lt);
    let right = &mut rest[gt - lt..];
    if left.len() < right.len() {
        qs(left);
        qs(right);
    } else {
        qs(right);
        qs(left);
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    qs(items);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let left = items[..mid].to_vec();
    let right = items[mid..].to_vec();
    let (mut i, mut j) = (0, 0);
    for k in 0..n {
        if j >= right.len() || (i < left.len() && left[i] <= right[j]) {
            items[k] = left[i].clone();
            i += 1;
        } else {
            items[k] = right[j].clone();
            j += 1;
        }
    }
}
