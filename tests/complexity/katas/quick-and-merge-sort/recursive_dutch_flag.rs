// learner: optimal
// idiom: recursion into the smaller side + loop on the larger, median-of-three, Dutch-flag partition via split_at_mut; top-down merge sort with one scratch buffer
use std::cmp::Ordering;

fn median_of_three<T: Ord>(v: &[T]) -> usize {
    // sample at the quartiles: first/middle/last degrades on sorted input after a Dutch-flag pass
    let n = v.len();
    let (a, b, c) = (n / 4, n / 2, 3 * n / 4);
    match (v[a] <= v[b], v[b] <= v[c], v[a] <= v[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Moves the pivot to the front and partitions three ways; returns (end of <, start of >).
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let p = median_of_three(v);
    v.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let (lt, gt) = partition3(rest);
        let (low, tail) = rest.split_at_mut(lt);
        let (_equal, high) = tail.split_at_mut(gt - lt);
        if low.len() < high.len() {
            quicksort(low);
            rest = high;
        } else {
            quicksort(high);
            rest = low;
        }
    }
}

fn merge_into<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left = j == right.len() || (i < left.len() && left[i] <= right[j]);
        if take_left {
            *slot = left[i].clone();
            i += 1;
        } else {
            *slot = right[j].clone();
            j += 1;
        }
    }
}

/// Sorts `v`, using `scratch` (same length) as working space.
fn sort_with<T: Ord + Clone>(v: &mut [T], scratch: &mut [T]) {
    if v.len() < 2 {
        return;
    }
    let mid = v.len() / 2;
    {
        let (vl, vr) = v.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        sort_with(vl, sl);
        sort_with(vr, sr);
    }
    scratch.clone_from_slice(v);
    let (left, right) = scratch.split_at(mid);
    merge_into(left, right, v);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    sort_with(items, &mut scratch);
}
