// learner: slow
// why: merge_sort is O(n^2) time, target O(n log n): the "no buffer" in-place merge rotates the left run for every item taken from the right (reversed input: every item)
use std::cmp::Ordering;

fn pick_pivot<T: Ord>(v: &[T]) -> usize {
    let m = v.len() / 2;
    let l = v.len() - 1;
    if (v[0] <= v[m]) == (v[m] <= v[l]) {
        m
    } else if (v[m] <= v[0]) == (v[0] <= v[l]) {
        0
    } else {
        l
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v = items;
    while v.len() > 1 {
        let p = pick_pivot(v);
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
        let (a, rest) = v.split_at_mut(lt);
        let (_, b) = rest.split_at_mut(gt - lt);
        if a.len() < b.len() {
            quicksort(a);
            v = b;
        } else {
            quicksort(b);
            v = a;
        }
    }
}

/// Merges the sorted runs v[..mid] and v[mid..] without a buffer.
fn merge_in_place<T: Ord>(v: &mut [T], mut mid: usize) {
    let mut i = 0;
    while i < mid && mid < v.len() {
        if v[i] <= v[mid] {
            i += 1;
        } else {
            v[i..=mid].rotate_right(1);
            i += 1;
            mid += 1;
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
