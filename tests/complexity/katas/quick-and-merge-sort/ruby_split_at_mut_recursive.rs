// learner: optimal
// idiom: Ruby-flavoured recursion: split_at_mut slices, match on Ordering, quarter-mark median, recurse smaller/loop larger; top-down merge sort with a cloned scratch Vec
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::{Equal, Greater, Less};

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let (lt, gt) = partition3(rest);
        let (left, tail) = rest.split_at_mut(lt);
        let right = &mut tail[gt - lt..];
        rest = if left.len() < right.len() {
            quicksort(left);
            right
        } else {
            quicksort(right);
            left
        };
    }
}

/// Index of the median of the items at the quarter, half and three-quarter marks.
fn quarter_median<T: Ord>(v: &[T]) -> usize {
    let n = v.len();
    let (a, b, c) = (n / 4, n / 2, 3 * n / 4);
    let mut marks = [a, b, c];
    if v[marks[1]] < v[marks[0]] {
        marks.swap(0, 1);
    }
    if v[marks[2]] < v[marks[1]] {
        marks.swap(1, 2);
        if v[marks[1]] < v[marks[0]] {
            marks.swap(0, 1);
        }
    }
    marks[1]
}

/// Dutch flag around the median: returns (lt, gt) with v[..lt] < p, v[lt..gt] == p, v[gt..] > p.
fn partition3<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let m = quarter_median(v);
    v.swap(0, m);
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        match v[i].cmp(&v[lt]) {
            Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            Equal => i += 1,
        }
    }
    (lt, gt)
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    sort_into(items, &mut scratch);
}

fn sort_into<T: Ord + Clone>(items: &mut [T], scratch: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    sort_into(&mut items[..mid], &mut scratch[..mid]);
    sort_into(&mut items[mid..], &mut scratch[mid..]);
    scratch.clone_from_slice(items);
    let (left, right) = scratch.split_at(mid);
    let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
    for slot in items.iter_mut() {
        let take_right = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => b < a,
            (None, _) => true,
            (_, None) => false,
        };
        let next = if take_right { r.next() } else { l.next() };
        if let Some(x) = next {
            slot.clone_from(x);
        }
    }
}
