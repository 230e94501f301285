// learner: optimal
// idiom: ROS-style C++: quicksort driven by an explicit range stack (push larger, continue smaller), pivot parked at the end; top-down merge sort over one preallocated work buffer
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

struct Range {
    lo: usize,
    hi: usize, // exclusive
}

fn pick_pivot<T: Ord>(v: &[T], lo: usize, hi: usize) -> usize {
    let n = hi - lo;
    let a = lo + n / 4;
    let b = lo + n / 2;
    let c = lo + (3 * n) / 4;
    let ab = v[a] <= v[b];
    let bc = v[b] <= v[c];
    let ac = v[a] <= v[c];
    if ab == bc {
        b
    } else if ab == ac {
        // a <= b, b > c, a <= c  -> c ; or a > b, b <= c, a > c -> c
        c
    } else {
        a
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut stack: Vec<Range> = Vec::new();
    let mut cur = Range { lo: 0, hi: items.len() };
    loop {
        if cur.hi - cur.lo < 2 {
            match stack.pop() {
                Some(r) => {
                    cur = r;
                    continue;
                }
                None => break,
            }
        }
        let (lo, hi) = (cur.lo, cur.hi);
        let p = pick_pivot(items, lo, hi);
        let last = hi - 1;
        items.swap(p, last);
        // [lo, lt) less, [lt, i) equal, [gt, last) greater, pivot at last
        let mut lt = lo;
        let mut i = lo;
        let mut gt = last;
        while i < gt {
            match items[i].cmp(&items[last]) {
                Ordering::Less => {
                    items.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                Ordering::Equal => {
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    items.swap(i, gt);
                }
            }
        }
        items.swap(gt, last);
        let eq_end = gt + 1;
        let left = Range { lo, hi: lt };
        let right = Range { lo: eq_end, hi };
        if left.hi - left.lo < right.hi - right.lo {
            stack.push(right);
            cur = left;
        } else {
            stack.push(left);
            cur = right;
        }
    }
}

fn merge_into<T: Ord + Clone>(work: &mut [T], items: &mut [T], lo: usize, mid: usize, hi: usize) {
    for idx in lo..hi {
        work[idx] = items[idx].clone();
    }
    let mut a = lo;
    let mut b = mid;
    for out in lo..hi {
        let use_left = if a >= mid {
            false
        } else if b >= hi {
            true
        } else {
            work[a] <= work[b]
        };
        if use_left {
            items[out] = work[a].clone();
            a += 1;
        } else {
            items[out] = work[b].clone();
            b += 1;
        }
    }
}

fn sort_range<T: Ord + Clone>(work: &mut [T], items: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    sort_range(work, items, lo, mid);
    sort_range(work, items, mid, hi);
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    merge_into(work, items, lo, mid, hi);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut work: Vec<T> = items.to_vec();
    sort_range(&mut work, items, 0, n);
}
