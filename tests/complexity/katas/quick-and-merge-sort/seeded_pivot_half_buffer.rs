// learner: optimal
// idiom: Idris dependent-types fan: pivot from a fixed-seed xorshift threaded through as explicit state (no globals), partition as a pure function returning the band; merge sort copies only the left half out and merges back in place
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::{Equal, Greater, Less};

/// Explicit generator state: determinism is part of the type, not a hidden global.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }
}

/// The band `lo..hi` of items equal to the pivot, after partitioning.
struct Band {
    lo: usize,
    hi: usize,
}

fn partition<T: Ord>(xs: &mut [T], pivot_at: usize) -> Band {
    xs.swap(0, pivot_at);
    let (mut lo, mut i, mut hi) = (0, 1, xs.len());
    while i < hi {
        match xs[i].cmp(&xs[lo]) {
            Less => {
                xs.swap(lo, i);
                lo += 1;
                i += 1;
            }
            Equal => i += 1,
            Greater => {
                hi -= 1;
                xs.swap(i, hi);
            }
        }
    }
    Band { lo, hi }
}

fn qsort<T: Ord>(xs: &mut [T], rng: &mut XorShift) {
    if xs.len() < 2 {
        return;
    }
    let p = rng.below(xs.len());
    let Band { lo, hi } = partition(xs, p);
    let (small_first, n) = (lo <= xs.len() - hi, xs.len());
    if small_first {
        qsort(&mut xs[..lo], rng);
        qsort(&mut xs[hi..n], rng);
    } else {
        qsort(&mut xs[hi..n], rng);
        qsort(&mut xs[..lo], rng);
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    qsort(items, &mut rng);
}

/// Sorts `xs`, using `left` (at least half as long) as room for the left half.
fn msort<T: Ord + Clone>(xs: &mut [T], left: &mut Vec<T>) {
    let n = xs.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    msort(&mut xs[..mid], left);
    msort(&mut xs[mid..], left);
    if xs[mid - 1] <= xs[mid] {
        return; // already in order
    }
    left.clear();
    left.extend_from_slice(&xs[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if xs[j] < left[i] {
            xs[k] = xs[j].clone();
            j += 1;
        } else {
            xs[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        xs[k] = left[i].clone();
        i += 1;
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut left = Vec::with_capacity(items.len() / 2 + 1);
    msort(items, &mut left);
}
