// learner: slow
// why: quicksort is O(n^2) time on sorted input, target O(n log n): textbook Lomuto with the first item as pivot peels one item per pass
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        // pivot is v[0]; everything smaller goes right after it
        let mut boundary = 0;
        for i in 1..v.len() {
            if v[i] < v[0] {
                boundary += 1;
                v.swap(i, boundary);
            }
        }
        v.swap(0, boundary);
        let (left, right) = v.split_at_mut(boundary);
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

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let mut merged: Vec<T> = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid || j < n {
        if j == n || (i < mid && items[i] <= items[j]) {
            merged.push(items[i].clone());
            i += 1;
        } else {
            merged.push(items[j].clone());
            j += 1;
        }
    }
    items.clone_from_slice(&merged);
}
