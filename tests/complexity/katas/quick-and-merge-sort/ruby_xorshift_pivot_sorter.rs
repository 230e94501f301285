// learner: optimal
// idiom: Ruby-ish object: a Sorter struct with a fixed-seed xorshift for random pivots and private helpers on (lo, hi) ranges; merge sort copies only the left half aside
//! Quicksort and merge sort, written by hand: see README.md.

struct Sorter {
    seed: u64,
}

impl Sorter {
    fn new() -> Self {
        Sorter { seed: 0x9E37_79B9_7F4A_7C15 }
    }

    fn roll(&mut self, bound: usize) -> usize {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        (self.seed % bound as u64) as usize
    }

    /// sorts items[lo..hi]
    fn run<T: Ord>(&mut self, items: &mut [T], mut lo: usize, mut hi: usize) {
        while hi - lo > 1 {
            let pick = lo + self.roll(hi - lo);
            items.swap(lo, pick);
            let (less_end, greater_start) = Self::split(items, lo, hi);
            if less_end - lo <= hi - greater_start {
                self.run(items, lo, less_end);
                lo = greater_start;
            } else {
                self.run(items, greater_start, hi);
                hi = less_end;
            }
        }
    }

    /// pivot sits at items[lo]; three-way split of items[lo..hi]
    fn split<T: Ord>(items: &mut [T], lo: usize, hi: usize) -> (usize, usize) {
        let mut eq = lo;
        let mut scan = lo + 1;
        let mut big = hi;
        while scan < big {
            if items[scan] < items[eq] {
                items.swap(eq, scan);
                eq += 1;
                scan += 1;
            } else if items[eq] < items[scan] {
                big -= 1;
                items.swap(scan, big);
            } else {
                scan += 1;
            }
        }
        (eq, big)
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    Sorter::new().run(items, 0, n);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut aside: Vec<T> = Vec::with_capacity(items.len() / 2 + 1);
    msort(items, &mut aside);
}

fn msort<T: Ord + Clone>(items: &mut [T], aside: &mut Vec<T>) {
    if items.len() <= 1 {
        return;
    }
    let mid = items.len() / 2;
    msort(&mut items[..mid], aside);
    msort(&mut items[mid..], aside);
    if items[mid - 1] <= items[mid] {
        return; // already in order, nothing to merge
    }
    aside.clear();
    aside.extend_from_slice(&items[..mid]);
    let (mut a, mut b, mut out) = (0, mid, 0);
    while a < aside.len() {
        if b < items.len() && items[b] < aside[a] {
            items.swap(out, b);
            b += 1;
        } else {
            items[out] = aside[a].clone();
            a += 1;
        }
        out += 1;
    }
}
