//! Textbook-first attempts: quicksort with the first item as pivot (O(n^2) on sorted input)
//! and insertion sort standing in for merge sort (O(n^2) on reversed input).

/// Sorts `items` in place, ascending: the first item is the pivot (Lomuto partition).
pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let mut store = 1;
    for i in 1..items.len() {
        if items[i] < items[0] {
            items.swap(i, store);
            store += 1;
        }
    }
    items.swap(0, store - 1);
    let (left, right) = items.split_at_mut(store - 1);
    quicksort(left);
    quicksort(&mut right[1..]);
}

/// Sorts `items` ascending and stably, by insertion sort.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j] < items[j - 1] {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
