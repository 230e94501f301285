// learner: optimal
// idiom: Unity C# game developer: static-helper style (MedianOfThree, Partition3), quicksort recursing into the smaller side and looping on the larger, top-down merge sort with one scratch buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// Index of the median of items[a], items[b], items[c].
fn median_of_three<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if items[a] < items[b] {
        if items[b] < items[c] {
            b
        } else if items[a] < items[c] {
            c
        } else {
            a
        }
    } else if items[a] < items[c] {
        a
    } else if items[b] < items[c] {
        c
    } else {
        b
    }
}

/// Dutch national flag partition around items[0].
/// Returns (lt, gt): items[..lt] < pivot, items[lt..gt] == pivot, items[gt..] > pivot.
fn partition3<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let mut lt = 0;
    let mut i = 1;
    let mut gt = items.len();
    while i < gt {
        match items[i].cmp(&items[lt]) {
            std::cmp::Ordering::Less => {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut slice = items;
    while slice.len() > 1 {
        let n = slice.len();
        let pivot = median_of_three(slice, n / 4, n / 2, 3 * n / 4);
        slice.swap(0, pivot);
        let (lt, gt) = partition3(slice);
        let (left, rest) = slice.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left);
            slice = right;
        } else {
            quicksort(right);
            slice = left;
        }
    }
}

fn merge_sort_range<T: Ord + Clone>(items: &mut [T], buffer: &mut Vec<T>) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    merge_sort_range(&mut items[..mid], buffer);
    merge_sort_range(&mut items[mid..], buffer);
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    buffer.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        // `<=` takes from the left run on ties: that keeps it stable
        if items[i] <= items[j] {
            buffer.push(items[i].clone());
            i += 1;
        } else {
            buffer.push(items[j].clone());
            j += 1;
        }
    }
    buffer.extend_from_slice(&items[i..mid]);
    buffer.extend_from_slice(&items[j..n]);
    items.clone_from_slice(buffer);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buffer = Vec::with_capacity(items.len());
    merge_sort_range(items, &mut buffer);
}
