// learner: slow
// idiom: teenager who learnt programming in Scratch: the textbook quicksort from a video (first item is the pivot, one "smaller" pile), and insertion sort for the stable one because "it's like sorting cards in your hand"
// why: quicksort is O(n^2) on sorted, reversed and all-equal input (first-item pivot, two-way partition) and O(n) stack deep vs O(n log n) / O(log n); merge_sort is really insertion sort, O(n^2) on reversed input vs O(n log n)
//! Quicksort and merge sort, written by hand: see README.md.

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() <= 1 {
        return;
    }
    // the first item is the pivot
    let mut wall = 0;
    for i in 1..items.len() {
        if items[i] < items[0] {
            wall += 1;
            items.swap(i, wall);
        }
    }
    // put the pivot between the small pile and the big pile
    items.swap(0, wall);
    quicksort(&mut items[..wall]);
    quicksort(&mut items[wall + 1..]);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    // take each card and slide it left until the one before it is not bigger
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
