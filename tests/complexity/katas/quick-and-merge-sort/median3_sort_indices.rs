// learner: slow
// why: quicksort is O(n^1.5) time on sorted input, target O(n log n): the median of the first, middle and last items before a three-way partition that moves larger items to the back (relabelled by the lead once the probe counted comparisons: about n^1.44; was: median-of-three pivot chosen by sorting an array of 3 indices with sort_by (constant size), three-way partition, recurse smaller / loop larger; bottom-up merge sort)
use std::cmp::Ordering;

/// Dutch national flag around the pivot at index `p`: returns (lt, gt) with
/// items[..lt] < pivot, items[lt..gt] == pivot, items[gt..] > pivot.
fn partition3<T: Ord>(items: &mut [T], p: usize) -> (usize, usize) {
    items.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, items.len());
    while i < gt {
        match items[i].cmp(&items[lt]) {
            Ordering::Less => {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                items.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(mut items: &mut [T]) {
    while items.len() > 1 {
        let n = items.len();
        let mut candidates = [0, n / 2, n - 1];
        candidates.sort_by(|&a, &b| items[a].cmp(&items[b]));
        let (lt, gt) = partition3(items, candidates[1]);
        let (left, rest) = items.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left);
            items = right;
        } else {
            quicksort(right);
            items = left;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1;
    let mut in_items = true; // where the current runs live
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if in_items { (&*items, &mut buf[..]) } else { (&buf[..], &mut *items) };
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    if src[i] <= src[j] {
                        dst[k] = src[i].clone();
                        i += 1;
                    } else {
                        dst[k] = src[j].clone();
                        j += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    dst[k] = src[i].clone();
                    i += 1;
                    k += 1;
                }
                while j < end {
                    dst[k] = src[j].clone();
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&buf);
    }
}
