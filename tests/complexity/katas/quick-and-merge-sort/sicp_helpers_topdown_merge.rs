// learner: optimal
// idiom: SICP student; quicksort as an "iterative process" (recursive call on the smaller part, loop on the rest) built from tiny helpers; top-down recursive merge sort with one shared buffer
//! Quicksort and merge sort, written by hand: see README.md.

fn quarter(n: usize) -> usize {
    n / 4
}

fn half(n: usize) -> usize {
    n / 2
}

fn three_quarters(n: usize) -> usize {
    n - n / 4 - 1
}

fn median_of_three<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    let ab = items[a] <= items[b];
    let bc = items[b] <= items[c];
    let ac = items[a] <= items[c];
    match (ab, bc, ac) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

fn choose_pivot<T: Ord>(items: &[T]) -> usize {
    let n = items.len();
    median_of_three(items, quarter(n), half(n), three_quarters(n))
}

/// Partition around the item moved to the front: returns the bounds of the equal block.
fn partition<T: Ord>(items: &mut [T]) -> (usize, usize) {
    let p = choose_pivot(items);
    items.swap(0, p);
    let mut less = 0;
    let mut scan = 1;
    let mut more = items.len();
    while scan < more {
        if items[scan] < items[less] {
            items.swap(scan, less);
            less += 1;
            scan += 1;
        } else if items[less] < items[scan] {
            more -= 1;
            items.swap(scan, more);
        } else {
            scan += 1;
        }
    }
    (less, more)
}

fn trivial<T>(items: &[T]) -> bool {
    items.len() < 2
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    loop {
        if trivial(rest) {
            return;
        }
        let (lo, hi) = partition(rest);
        let (smaller_side, larger_side) = {
            let whole = rest;
            let (left, tail) = whole.split_at_mut(lo);
            let right = &mut tail[hi - lo..];
            if left.len() <= right.len() { (left, right) } else { (right, left) }
        };
        quicksort(smaller_side);
        rest = larger_side;
    }
}

/// Merge items[lo..mid] and items[mid..hi] through buf[lo..hi]; ties take the left item.
fn merge<T: Ord + Clone>(items: &mut [T], buf: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut left = lo;
    let mut right = mid;
    for out in lo..hi {
        let take_left = right >= hi || (left < mid && items[left] <= items[right]);
        if take_left {
            buf[out] = items[left].clone();
            left += 1;
        } else {
            buf[out] = items[right].clone();
            right += 1;
        }
    }
    items[lo..hi].clone_from_slice(&buf[lo..hi]);
}

fn sort_range<T: Ord + Clone>(items: &mut [T], buf: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    sort_range(items, buf, lo, mid);
    sort_range(items, buf, mid, hi);
    merge(items, buf, lo, mid, hi);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buf = items.to_vec();
    let n = items.len();
    sort_range(items, &mut buf, 0, n);
}
