// learner: slow
// idiom: Lua game modder: textbook first-element pivot with a Lomuto scan and plain recursion, merge done in place by rotating each smaller right item into the left run (no temp table)
// why: quicksort is O(n^2) on sorted/reversed/all-equal input (first-item pivot, two-way partition, recursion depth n) vs O(n log n); merge_sort is O(n^2) time because each in-place merge rotates up to n items per step, vs O(n log n)
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    // pivot = first item, move it to the end
    items.swap(0, n - 1);
    let mut store = 0;
    for i in 0..n - 1 {
        if items[i] <= items[n - 1] {
            items.swap(i, store);
            store = store + 1;
        }
    }
    items.swap(store, n - 1);
    quicksort(&mut items[..store]);
    quicksort(&mut items[store + 1..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    // merge in place: i walks the left run, j is the head of the right run
    let mut i = 0;
    let mut j = mid;
    while i < j && j < n {
        if items[j] < items[i] {
            // bring items[j] to position i, shifting the rest of the left run
            items[i..=j].rotate_right(1);
            j = j + 1;
        }
        i = i + 1;
    }
}
