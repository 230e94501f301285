// learner: slow
// why: merge_sort is O(n^2) time on reversed input, target O(n log n): merges in place by rotating each smaller right item into position (O(n) per move) to save the buffer
//! "In-place" merge sort: no buffer, rotations instead.

/// Quicksort with a median-of-three pivot and a three-way partition.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    let pivot = if items[0] <= items[mid] {
        if items[mid] <= items[n - 1] { mid } else if items[0] <= items[n - 1] { n - 1 } else { 0 }
    } else if items[0] <= items[n - 1] {
        0
    } else if items[mid] <= items[n - 1] {
        n - 1
    } else {
        mid
    };
    items.swap(0, pivot);
    let (mut lt, mut i, mut gt) = (0, 1, n);
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
    let (left, rest) = items.split_at_mut(lt);
    let right = &mut rest[gt - lt..];
    // smaller side first keeps the depth logarithmic
    if left.len() < right.len() {
        quicksort(left);
        quicksort(right);
    } else {
        quicksort(right);
        quicksort(left);
    }
}

/// Merges the sorted runs `v[..mid]` and `v[mid..]` without extra memory.
fn merge_in_place<T: Ord>(v: &mut [T], mid: usize) {
    let mut left = 0;
    let mut right = mid;
    while left < right && right < v.len() {
        if v[left] <= v[right] {
            left += 1;
        } else {
            // move v[right] in front of v[left], shifting the rest of the left run
            v[left..=right].rotate_right(1);
            left += 1;
            right += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    merge_in_place(items, mid);
}
