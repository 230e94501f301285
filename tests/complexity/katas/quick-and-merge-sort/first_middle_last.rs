// learner: slow
// idiom: Unity C# game developer: "median of three" the way most blog posts show it (first, middle, last), three-way partition that sends bigger items to the back, recursion on both sides; merge sort allocates fresh Lists for each half
// why: quicksort is about n^1.5 comparisons on sorted input (first/middle/last sample goes bad after the back-swapping partition) and recursion depth is not bounded by log n, vs O(n log n) / O(log n); merge_sort is O(n log n) time but copies both halves into new Vecs on every call
//! Quicksort and merge sort, written by hand: see README.md.

fn MedianIndex<T: Ord>(items: &[T]) -> usize {
    let (a, b, c) = (0, items.len() / 2, items.len() - 1);
    if (items[a] <= items[b] && items[b] <= items[c]) || (items[c] <= items[b] && items[b] <= items[a]) {
        b
    } else if (items[b] <= items[a] && items[a] <= items[c]) || (items[c] <= items[a] && items[a] <= items[b]) {
        a
    } else {
        c
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let pivotIndex = MedianIndex(items);
    items.swap(0, pivotIndex);
    let mut lt = 0;
    let mut i = 1;
    let mut gt = items.len();
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
    quicksort(&mut items[..lt]);
    quicksort(&mut items[gt..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    let mut left: Vec<T> = items[..mid].to_vec();
    let mut right: Vec<T> = items[mid..].to_vec();
    merge_sort(&mut left);
    merge_sort(&mut right);
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            items[k] = left[i].clone();
            i += 1;
        } else {
            items[k] = right[j].clone();
            j += 1;
        }
        k += 1;
    }
    while i < left.len() {
        items[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        items[k] = right[j].clone();
        j += 1;
        k += 1;
    }
}
