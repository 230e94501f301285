// learner: slow
// why: quicksort is O(n^2) time on many equal items, target O(n log n): median-of-three pivot but a two-way Lomuto partition sends every item equal to the pivot to one side
fn median_of_three<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    if v[a] < v[b] {
        if v[b] < v[c] {
            b
        } else if v[a] < v[c] {
            c
        } else {
            a
        }
    } else if v[a] < v[c] {
        a
    } else if v[b] < v[c] {
        c
    } else {
        b
    }
}

/// Lomuto partition: items `< pivot` to the left; returns the pivot's final index.
fn partition<T: Ord>(v: &mut [T]) -> usize {
    let last = v.len() - 1;
    let p = median_of_three(v);
    v.swap(p, last);
    let mut store = 0;
    for i in 0..last {
        if v[i] < v[last] {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    store
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = partition(v);
        let (left, right) = v.split_at_mut(p);
        let right = &mut right[1..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

fn merge<T: Ord + Clone>(left: &[T], right: &[T], out: &mut Vec<T>) {
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
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut merged = Vec::with_capacity(n);
    merge(&items[..mid], &items[mid..], &mut merged);
    items.clone_from_slice(&merged);
}
