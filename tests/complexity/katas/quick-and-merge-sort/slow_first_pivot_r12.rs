// learner: slow
// why: quicksort is O(n^2) time (and O(n) stack), target O(n log n): textbook Lomuto partition with the first item as pivot, quadratic on sorted/reversed/equal input
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

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut tmp = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if items[j] < items[i] {
            tmp.push(items[j].clone());
            j += 1;
        } else {
            tmp.push(items[i].clone());
            i += 1;
        }
    }
    tmp.extend_from_slice(&items[i..mid]);
    tmp.extend_from_slice(&items[j..n]);
    items.clone_from_slice(&tmp);
}
