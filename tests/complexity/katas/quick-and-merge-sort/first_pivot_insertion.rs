// learner: slow
// idiom: PHP Laravel developer: the textbook first attempt: quicksort with the first item as pivot (Lomuto, two-way), and "merge_sort" done as insertion sort because it is stable and short
// why: quicksort is O(n^2) on sorted/reversed/all-equal input (first-item pivot, equal items all on one side) with O(n) recursion depth; merge_sort is insertion sort, O(n^2) on reversed input, vs O(n log n)
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    let last = items.len() - 1;
    items.swap(0, last); // pivot = first item, parked at the end
    let mut store = 0;
    for i in 0..last {
        if items[i] < items[last] {
            items.swap(i, store);
            store += 1;
        }
    }
    items.swap(store, last);
    let (left, right) = items.split_at_mut(store);
    quicksort(left);
    quicksort(&mut right[1..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
