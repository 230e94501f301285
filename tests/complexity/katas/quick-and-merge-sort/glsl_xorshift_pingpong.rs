// learner: optimal
// idiom: GLSL: fixed-seed xorshift pivot lane + 3-way partition driven by a fixed-size range stack (no recursion); bottom-up ping-pong merge passes of width 1, 2, 4, ... like a GPU sort
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    // the smaller range is pushed, the larger one processed next: at most log2(n) live ranges
    let mut stack: [(usize, usize); 64] = [(0, 0); 64];
    let mut sp = 0usize;
    let (mut lo, mut hi) = (0usize, items.len()); // half-open [lo, hi)
    loop {
        if hi - lo <= 1 {
            if sp == 0 {
                return;
            }
            sp -= 1;
            lo = stack[sp].0;
            hi = stack[sp].1;
            continue;
        }
        let span = hi - lo;
        let pick = lo + (rng.next() % span as u64) as usize;
        items.swap(lo, pick);

        // Dutch flag on [lo, hi) with the pivot kept at items[lt]
        let mut lt = lo;
        let mut idx = lo + 1;
        let mut gt = hi;
        while idx < gt {
            match items[idx].cmp(&items[lt]) {
                Ordering::Less => {
                    items.swap(lt, idx);
                    lt += 1;
                    idx += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    items.swap(idx, gt);
                }
                Ordering::Equal => idx += 1,
            }
        }
        let left = (lo, lt);
        let right = (gt, hi);
        let (small, big) = if left.1 - left.0 < right.1 - right.0 { (left, right) } else { (right, left) };
        if small.1 - small.0 > 1 {
            stack[sp] = small;
            sp += 1;
        }
        lo = big.0;
        hi = big.1;
    }
}

/// merge src[lo..mid] and src[mid..hi] into dst[lo..hi], left wins ties (stable)
fn merge_pass<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let (mut i, mut j) = (lo, mid);
    for k in lo..hi {
        let take_left = i < mid && (j >= hi || src[i] <= src[j]);
        if take_left {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut in_items = true; // where the current runs live
    let mut stride = 1usize;
    while stride < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + stride).min(n);
            let hi = (lo + 2 * stride).min(n);
            if in_items {
                merge_pass(items, &mut buf, lo, mid, hi);
            } else {
                merge_pass(&buf, items, lo, mid, hi);
            }
            lo = hi;
        }
        in_items = !in_items;
        stride <<= 1;
    }
    if !in_items {
        items.clone_from_slice(&buf);
    }
}
