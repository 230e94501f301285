// learner: slow
// idiom: GLSL: textbook Lomuto quicksort with the first texel as pivot (smaller side recursed, so no stack blow-up); merge sort is a fine top-down one
// why: quicksort: first-item pivot on sorted/reversed/equal input splits n into 0 and n-1: n^2/2 comparisons, O(n^2)
//! Quicksort and merge sort, written by hand: see README.md.

fn lomuto<T: Ord>(v: &mut [T]) -> usize {
    // pivot = v[0]; everything < pivot goes to [1, store)
    let mut store = 1;
    for idx in 1..v.len() {
        if v[idx] < v[0] {
            v.swap(idx, store);
            store += 1;
        }
    }
    v.swap(0, store - 1);
    store - 1
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = lomuto(v);
        let (left, rest) = v.split_at_mut(p);
        let right = &mut rest[1..];
        if left.len() < right.len() {
            quicksort(left);
            v = right;
        } else {
            quicksort(right);
            v = left;
        }
    }
}

fn merge_rec<T: Ord + Clone>(v: &mut [T], tmp: &mut Vec<T>) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_rec(&mut v[..mid], tmp);
    merge_rec(&mut v[mid..], tmp);
    tmp.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if v[i] <= v[j] {
            tmp.push(v[i].clone());
            i += 1;
        } else {
            tmp.push(v[j].clone());
            j += 1;
        }
    }
    tmp.extend_from_slice(&v[i..mid]);
    tmp.extend_from_slice(&v[j..n]);
    v.clone_from_slice(tmp);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut tmp = Vec::with_capacity(items.len());
    merge_rec(items, &mut tmp);
}
