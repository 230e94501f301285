// learner: optimal
// idiom: Smalltalk-style: small helpers (medianIndexOf:, partitionAround:, mergeFrom:into:), recursion into the smaller part and a loop on the larger, top-down merge sort ping-ponging between slice and one cloned buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// Index (among three) of the median item.
fn median_index<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if items[a] <= items[b] {
        if items[b] <= items[c] {
            b
        } else if items[a] <= items[c] {
            c
        } else {
            a
        }
    } else if items[a] <= items[c] {
        a
    } else if items[b] <= items[c] {
        c
    } else {
        b
    }
}

/// Dutch national flag around the item at index 0. Returns (lt, gt) such that
/// [..lt] < pivot, [lt..gt] == pivot, [gt..] > pivot.
fn partition_around_first<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, items.len());
    while i < gt {
        match items[i].cmp(&items[lt]) {
            std::cmp::Ordering::Less => {
                items.swap(lt, i);
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

fn choose_pivot<T: Ord>(items: &mut [T]) {
    let n = items.len();
    let m = median_index(items, n / 4, n / 2, 3 * n / 4);
    items.swap(0, m);
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        choose_pivot(rest);
        let (lt, gt) = partition_around_first(rest);
        let (low, tail) = rest.split_at_mut(lt);
        let (_, high) = tail.split_at_mut(gt - lt);
        if low.len() < high.len() {
            quicksort(low);
            rest = high;
        } else {
            quicksort(high);
            rest = low;
        }
    }
}

/// Merges the sorted halves `src[..mid]` and `src[mid..]` into `dst`, left first on ties.
fn merge_into<T: Ord + Clone>(src: &[T], mid: usize, dst: &mut [T]) {
    let (mut i, mut j) = (0, mid);
    for slot in dst.iter_mut() {
        let take_left = j >= src.len() || (i < mid && src[i] <= src[j]);
        if take_left {
            *slot = src[i].clone();
            i += 1;
        } else {
            *slot = src[j].clone();
            j += 1;
        }
    }
}

/// Sorts `target` using `scratch` (same contents on entry) as the other side.
fn sort_into<T: Ord + Clone>(scratch: &mut [T], target: &mut [T]) {
    let n = target.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (sl, sr) = scratch.split_at_mut(mid);
        let (tl, tr) = target.split_at_mut(mid);
        sort_into(tl, sl);
        sort_into(tr, sr);
    }
    merge_into(scratch, mid, target);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    sort_into(&mut scratch, items);
}
